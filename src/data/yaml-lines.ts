/**
 * A YAML text read with the core schema (parse.ts says why), plus the line each value starts on,
 * so a check that reads the values can name the line an editor must change. js-yaml gives
 * no positions in its result; its `listener` reports every node as it opens and closes, in
 * document order, which is enough to know where each value of a mapping or a list begins.
 */
import yaml from 'js-yaml';

/** How a refused anchor's reason starts (parse.ts gives it its own fix). */
export const ANCHOR_REASON = 'an anchor';

export interface YamlWithLines {
  value: unknown;
  /**
   * The 1-based line on which `container[key]` starts: the line of its key for a mapping's value
   * (also when the value is a block below it), the line of its `-` for a list item.
   */
  lineOf(container: object, key: string | number): number | undefined;
}

interface Frame {
  line: number;
  children: { result: unknown; line: number }[];
}

/**
 * The value and its lines; throws js-yaml's error when the text cannot be read. The content
 * check parses each text once, through its snapshot (src/data/content-files.ts).
 */
export function readYamlWithLines(text: string): YamlWithLines {
  const lines = new WeakMap<object, Map<string | number, number>>();
  const stack: Frame[] = [];
  const listener = (event: yaml.EventType, state: yaml.State) => {
    if (event === 'open') {
      stack.push({ line: state.line + 1, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const { result, kind, anchor } = state as unknown as {
      result: unknown;
      kind: string;
      anchor: unknown;
    };
    // No anchor, so no alias: a kilobyte of nested aliases (a "billion laughs") would otherwise
    // hold every later step that walks the value.
    if (typeof anchor === 'string')
      throw new yaml.YAMLException(`${ANCHOR_REASON} (&${anchor}) is not allowed`, {
        line: frame.line - 1,
        column: 0,
      } as yaml.YAMLException['mark']);
    stack.at(-1)?.children.push({ result, line: frame.line });
    if (result === null || typeof result !== 'object') return;
    const where = new Map<string | number, number>();
    // A mapping's nodes come as key, value, key, value; a list's as its items.
    if (kind === 'mapping')
      for (let index = 0; index + 1 < frame.children.length; index += 2)
        where.set(String(frame.children[index]!.result), frame.children[index + 1]!.line);
    else if (kind === 'sequence')
      frame.children.forEach(({ line }, index) => where.set(index, line));
    lines.set(result, where);
  };
  const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, listener });
  return { value, lineOf: (container, key) => lines.get(container)?.get(key) };
}
