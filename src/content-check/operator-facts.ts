/**
 * The operator check: reads content/operator.yaml and returns every problem with its shape at
 * once, in the data check's words ("file: field: what is wrong. How to fix it."). A fact written
 * either way (value and source, or missing) is valid here; whether a missing one keeps the policy
 * a draft is src/data/operator-facts.ts's to say.
 */
import type { z } from 'astro/zod';
import { contentPaths } from '../config/paths.ts';
import { factNames as policyFactNames, type FactName } from '../data/operator-facts.ts';
import { statementFactNames, type StatementFactName } from '../data/statement-facts.ts';
import { operatorSchema, type Operator } from '../data/operator-schema.ts';
import { parseYaml, type YamlReader } from '../data/parse.ts';
import { isRecord, issuePath, lineAt } from '../data/entries.ts';
import { describeIssue, schemaAt } from '../data/schema-messages.ts';

export interface OperatorCheck {
  problems: string[];
  operator?: Operator;
}

/** Every fact of the file, the accessibility statement's last, in the file's order. */
const factNames: (FactName | StatementFactName)[] = [...policyFactNames, ...statementFactNames];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = isRecord(value) ? value[key as string] : undefined;
  return value;
}

/**
 * A fact is one of two shapes: the one its editor meant (by the `missing` key) explains what is
 * wrong, not a list of both shapes' complaints.
 */
function describeFact(
  name: FactName | StatementFactName,
  raw: unknown,
): { path: PropertyKey[]; text: string }[] {
  const path = name.split('.');
  const fact = valueAt(raw, path);
  const union = schemaAt(operatorSchema, path) as z.ZodUnion<[z.ZodObject, z.ZodObject]>;
  if (!isRecord(fact)) {
    const what =
      fact === undefined || fact === null ? 'is missing' : `cannot be ${JSON.stringify(fact)}`;
    return [{ path, text: `${name} ${what}. ${union.description ?? ''}` }];
  }
  const branch = 'missing' in fact ? union.options[1] : union.options[0];
  const result = branch.safeParse(fact);
  if (result.success) return [];
  // Each on the line of the field at fault, so `check --fix` finds a misspelt one there.
  return result.error.issues.flatMap((inner) =>
    describeIssue(inner, fact, branch)
      .split('\n')
      .map((line) => ({ path: [...path, ...issuePath(inner)], text: `${name}: ${line}` })),
  );
}

/** The fact an issue is about ("controller.dpoContact"), when its path leads into one. */
function factOf(path: readonly PropertyKey[]): FactName | StatementFactName | undefined {
  return factNames.find((name) => {
    const parts = name.split('.');
    return parts.every((part, index) => path[index] === part);
  });
}

/** `path` names the file in messages: the project's own unless a command reads another one. */
export function checkOperatorFile(
  text: string | undefined,
  path: string = contentPaths.operator,
  yaml?: YamlReader,
): OperatorCheck {
  if (text === undefined) return { problems: [] };
  const parsed = parseYaml(text, path, yaml ? { yaml } : {});
  if (!parsed.ok) return { problems: [parsed.problem] };
  if (!isRecord(parsed.value))
    return {
      problems: [
        `${path}: the file must be a group of fields (portal, controller, processing, consentSettings), as content/README.md shows under “Operator facts”.`,
      ],
    };
  const result = operatorSchema.safeParse(parsed.value);
  if (result.success) return { problems: [], operator: result.data };
  const facts = new Set<FactName | StatementFactName>();
  const problems: string[] = [];
  const at = (keys: readonly PropertyKey[]) => lineAt(parsed.lineOf, parsed.value, keys);
  for (const issue of result.error.issues) {
    const fact = factOf(issue.path);
    if (fact) facts.add(fact);
    else
      problems.push(
        ...describeIssue(issue, parsed.value, operatorSchema)
          .split('\n')
          .map((line) => `${at(issuePath(issue))}${line}`),
      );
  }
  // In the file's order, each fact once however many issues it has.
  for (const name of factNames.filter((name) => facts.has(name)))
    problems.push(
      ...describeFact(name, parsed.value).map(({ path, text }) => `${at(path)}${text}`),
    );
  return { problems: problems.map((problem) => `${path}: ${problem}`) };
}
