/**
 * The JSON Schemas editors' YAML extension reads (content/schemas/): generated from
 * src/data/schema.ts, committed, and checked here with a real JSON Schema validator (Ajv) against
 * the real YAML files, so what the editor underlines is what `npm run check` refuses.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/config/locales.ts';
import { contentPaths } from '../../src/config/paths.ts';
import { jsonSchemaFiles } from '../../scripts/json-schema.ts';
import { present } from '../support/present.ts';
import { completeEvaluation } from '../support/manual-evaluation.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
const validator = (path: string) => ajv.compile(JSON.parse(read(path)) as object);
const validateCookies = validator(contentPaths.cookiesJsonSchema);
const validateProviders = validator(contentPaths.providersJsonSchema);
const validateManualChecks = validator(contentPaths.manualChecksJsonSchema);
const cookies = yaml.load(read(contentPaths.cookies)) as Record<string, unknown>[];

describe('the JSON Schemas of the YAML files', () => {
  it.each(jsonSchemaFiles())('$path is what `npm run schemas` writes', ({ path, text }) => {
    expect(read(path), `${path} is out of date: run npm run schemas and commit it.`).toBe(text);
  });

  it('are named at the top of each YAML file for the YAML extension', () => {
    for (const [file, schema] of [
      [contentPaths.cookies, contentPaths.cookiesJsonSchema],
      [contentPaths.providers, contentPaths.providersJsonSchema],
    ] as const)
      expect(read(file).split('\n')[0]).toBe(
        `# yaml-language-server: $schema=./${schema.slice('content/'.length)}`,
      );
    expect(read(contentPaths.accessibilityChecks).split('\n')[0]).toBe(
      `# yaml-language-server: $schema=../${contentPaths.manualChecksJsonSchema.slice('content/'.length)}`,
    );
  });

  it('accept the real manual checks and a complete evaluation; reject a failed check without its issue or a criterion WCAG does not have', () => {
    const manual = yaml.load(read(contentPaths.accessibilityChecks), { schema: yaml.CORE_SCHEMA });
    expect(validateManualChecks(manual), JSON.stringify(validateManualChecks.errors)).toBe(true);
    expect(validateManualChecks(completeEvaluation)).toBe(true);
    const [check] = completeEvaluation;
    expect(validateManualChecks([{ ...check, result: 'failed' }])).toBe(false);
    expect(validateManualChecks.errors?.[0]).toMatchObject({
      instancePath: '/0',
      message: "must have required property 'issue'",
    });
    expect(validateManualChecks([{ ...check, criteria: ['1.4.31'] }])).toBe(false);
    expect(validateManualChecks.errors?.[0]).toMatchObject({ instancePath: '/0/criteria/0' });
  });

  it('accept the real inventory and providers', () => {
    expect(validateCookies(cookies), JSON.stringify(validateCookies.errors)).toBe(true);
    expect(validateProviders(yaml.load(read(contentPaths.providers)))).toBe(true);
  });

  it('reject a cookie missing its French text, naming where, and accept one in French only', () => {
    const [listed, ...rest] = cookies;
    const first = present(listed, `a cookie in ${contentPaths.cookies}`);
    const { [defaultLocale]: french, ...others } = first.purpose as Record<string, string>;
    expect(validateCookies([{ ...first, purpose: others }, ...rest])).toBe(false);
    expect(validateCookies.errors).toEqual([
      expect.objectContaining({
        instancePath: '/0/purpose',
        message: `must have required property '${defaultLocale}'`,
      }),
    ]);
    expect(validateCookies([{ ...first, purpose: { [defaultLocale]: french } }, ...rest])).toBe(
      true,
    );
  });

  it('reject a cookie named with a space, but not a storage key', () => {
    const [first] = cookies;
    expect(validateCookies([{ ...first, storage: 'http-cookie', name: 'my cookie' }])).toBe(false);
    expect(validateCookies.errors?.[0]).toMatchObject({ instancePath: '/0/name' });
    expect(validateCookies([{ ...first, storage: 'local-storage', name: 'my key' }])).toBe(true);
  });
});
