/**
 * Reads the statement's evidence from the content check's snapshot (content-files.ts), as the content check and the statement pages both
 * need it: the browser test run's report and the manual checks, validated, every problem named
 * with its file and field. A missing report is no problem here: the statement then shows its
 * status as missing (src/components/accessibility/AccessibilityStatement.astro) instead of guessing.
 */
import type { ContentFiles } from '../data/content-files.ts';
import { contentPaths } from '../config/paths.ts';
import type { z } from 'astro/zod';
import { parseJson, parseYaml, type Parsed } from '../data/parse.ts';
import { describeIssue } from '../data/schema-messages.ts';
import { issuePath, lineAt } from '../data/entries.ts';
import {
  evidenceSchema,
  manualCheckSchema,
  manualChecksSchema,
  type Evidence,
  type ManualCheck,
} from './evidence.ts';

export const REPORT_COMMAND = 'npm run accessibility';

export interface StatementEvidence {
  evidence: Evidence | undefined;
  manual: ManualCheck[];
  problems: string[];
}

function read<T>(
  files: ContentFiles,
  path: string,
  schema: z.ZodType<T>,
  parse: (text: string, path: string) => Parsed,
  fix: string,
): { value?: T; problems: string[] } {
  const file = files.read(path);
  if (!file.ok) return { problems: file.missing ? [] : [file.problem] };
  const parsed = parse(file.text, path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) =>
      describeIssue(issue, parsed.value, schema)
        .split('\n')
        .map(
          (line) =>
            `${path}: ${lineAt(parsed.lineOf, parsed.value, issuePath(issue))}${line}${fix}`,
        ),
    ),
  };
}

/** The manual checks, each mistake named by its entry (check 2, of 2026-12-04) and field. */
function readManualChecks(files: ContentFiles): { value?: ManualCheck[]; problems: string[] } {
  const path = contentPaths.accessibilityChecks;
  const file = files.read(path);
  if (!file.ok) return { problems: file.missing ? [] : [file.problem] };
  const parsed = parseYaml(file.text, path, { yaml: files.yaml });
  if (!parsed.ok) return { problems: [parsed.problem] };
  if (!Array.isArray(parsed.value))
    return {
      problems: [
        `${path}: the file must be a list of checks, or [] when none was done (content/README.md, “Accessibility statement”).`,
      ],
    };
  const problems = parsed.value.flatMap((entry: unknown, index) => {
    const result = manualCheckSchema.safeParse(entry);
    if (result.success) return [];
    const date = (entry as { date?: unknown } | null)?.date;
    const name = `check ${index + 1}${typeof date === 'string' ? ` (${date})` : ''}`;
    return result.error.issues.flatMap((issue) =>
      describeIssue(issue, entry, manualCheckSchema, 'it')
        .split('\n')
        .map(
          (line) =>
            `${path}: ${lineAt(parsed.lineOf, parsed.value, [index, ...issuePath(issue)])}${name}: ${line}`,
        ),
    );
  });
  return problems.length > 0
    ? { problems }
    : { value: manualChecksSchema.parse(parsed.value), problems: [] };
}

export function readStatementEvidence(files: ContentFiles): StatementEvidence {
  const evidence = read(
    files,
    contentPaths.accessibilityEvidence,
    evidenceSchema,
    (text, path) => parseJson(text, path),
    ` The browser test run writes this file: run \`${REPORT_COMMAND}\` instead of editing it.`,
  );
  const manual = readManualChecks(files);
  return {
    evidence: evidence.value,
    manual: manual.value ?? [],
    problems: [...evidence.problems, ...manual.problems],
  };
}
