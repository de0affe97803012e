interface ImportMetaEnv {
  /** True when this build prints the policy PDFs (src/integrations/policy-pdf.ts). */
  readonly POLICY_PDF: boolean;
}
