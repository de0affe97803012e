/**
 * JSON Schemas of content/cookies.yaml, content/providers.yaml, content/operator.yaml and
 * content/accessibility/manual-checks.yaml, generated from the Zod schema
 * (src/data/schema.ts) so an editor's YAML extension offers the fields, the categories and the
 * languages, and underlines a mistake as it is typed. `npm run schemas` writes them to
 * content/schemas/; a test fails when they are out of date.
 */
import { z } from 'astro/zod';
import { contentPaths } from '../src/config/paths.ts';
import { COOKIE_NAME_PATTERN } from '../src/data/cookie-name.ts';
import { cookieSchema, providerSchema } from '../src/data/schema.ts';
import { operatorSchema } from '../src/data/operator-schema.ts';
import { locales } from '../src/config/locales.ts';
import { siteSchema } from '../src/config/site-schema.ts';
import { manualCheckSchema } from '../src/accessibility/evidence.ts';

type JsonSchema = Record<string, unknown>;

// Draft 7: the version every YAML extension and validator reads.
function listOf(schema: z.ZodType, title: string): JsonSchema {
  return { title, ...z.toJSONSchema(z.array(schema), { io: 'input', target: 'draft-7' }) };
}

export function cookiesJsonSchema(): JsonSchema {
  const schema = listOf(cookieSchema, 'The cookie inventory (content/cookies.yaml)');
  const items = schema.items as JsonSchema;
  // An http-cookie's name is an RFC 6265 token; a storage key may be any text (data.ts says so too).
  items.if = { properties: { storage: { const: 'http-cookie' } }, required: ['storage'] };
  items.then = {
    properties: {
      name: {
        type: 'string',
        pattern: COOKIE_NAME_PATTERN,
        description:
          'A cookie name has no space and none of ( ) < > @ , ; : \\ " / [ ] ? = { }; * marks a pattern when wildcard is true.',
      },
    },
  };
  return schema;
}

export function providersJsonSchema(): JsonSchema {
  return listOf(providerSchema, 'The providers of the cookies (content/providers.yaml)');
}

export function operatorJsonSchema(): JsonSchema {
  return {
    title:
      'The portal, its controller and the facts the policy gives about them (content/operator.yaml)',
    ...z.toJSONSchema(operatorSchema, { io: 'input', target: 'draft-7' }),
  };
}

export function siteJsonSchema(): JsonSchema {
  const supported = Object.keys(locales) as [string, ...string[]];
  return {
    title: 'The site: its languages, address and deployment name (content/site.yaml)',
    ...z.toJSONSchema(siteSchema(supported), { io: 'input', target: 'draft-7' }),
  };
}

export function manualChecksJsonSchema(): JsonSchema {
  const schema = listOf(
    manualCheckSchema,
    'The accessibility checks a person did (content/accessibility/manual-checks.yaml)',
  );
  // Zod's refinement does not reach JSON Schema: a failed check says what fails (evidence.ts).
  const items = schema.items as JsonSchema;
  items.if = { properties: { result: { const: 'failed' } }, required: ['result'] };
  items.then = {
    properties: { issue: (items.properties as JsonSchema).issue },
    required: ['issue'],
  };
  return schema;
}

/** Each generated file, as `npm run schemas` writes it and the test compares it. */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  return [
    {
      path: contentPaths.cookiesJsonSchema,
      text: `${JSON.stringify(cookiesJsonSchema(), null, 2)}\n`,
    },
    {
      path: contentPaths.providersJsonSchema,
      text: `${JSON.stringify(providersJsonSchema(), null, 2)}\n`,
    },
    {
      path: contentPaths.operatorJsonSchema,
      text: `${JSON.stringify(operatorJsonSchema(), null, 2)}\n`,
    },
    {
      path: contentPaths.siteJsonSchema,
      text: `${JSON.stringify(siteJsonSchema(), null, 2)}\n`,
    },
    {
      path: contentPaths.manualChecksJsonSchema,
      text: `${JSON.stringify(manualChecksJsonSchema(), null, 2)}\n`,
    },
  ];
}
