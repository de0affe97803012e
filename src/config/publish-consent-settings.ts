/**
 * Rewrites a project copy's src/config/site.ts so that its operator has published where visitors
 * change their cookie choices. For copies only (the benchmark's synthetic portals, test builds):
 * an inventory with consent cookies cannot be published without that place, and these stand-in
 * portals have no real one. Never run on the working tree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsentSettingsPlace, FactSource } from './site.ts';

const FACT = /  consentSettings: [\s\S]*?as OperatorFact<ConsentSettingsPlace>,\n/;

export function publishConsentSettings(
  projectDir: string,
  place: ConsentSettingsPlace,
  source: FactSource,
): void {
  const file = join(projectDir, 'src/config/site.ts');
  const text = readFileSync(file, 'utf8');
  if (!FACT.test(text)) {
    throw new Error(
      `${file}: operator.consentSettings not found where expected; update ${import.meta.url}.`,
    );
  }
  const fact = JSON.stringify({ value: place, source }, null, 2).replaceAll('\n', '\n  ');
  writeFileSync(
    file,
    text.replace(FACT, `  consentSettings: ${fact} as OperatorFact<ConsentSettingsPlace>,\n`),
  );
}
