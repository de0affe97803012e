/**
 * A YAML text read as parse.ts reads it (js-yaml, core schema), plus the line each value starts
 * on, so a check that reads the values can name the line an editor must change. js-yaml gives
 * no positions in its result; its `listener` reports every node as it opens and closes, in
 * document order, which is enough to know where each value of a mapping or a list begins.
 */
import yaml from 'js-yaml';

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

/** The value and its lines, or undefined when the text cannot be read (parse.ts says why). */
export function loadYamlWithLines(text: string, firstLine = 1): YamlWithLines | undefined {
  const lines = new WeakMap<object, Map<string | number, number>>();
  const stack: Frame[] = [];
  const listener = (event: yaml.EventType, state: yaml.State) => {
    if (event === 'open') {
      stack.push({ line: state.line + firstLine, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const { result, kind } = state as { result: unknown; kind: string };
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
  try {
    const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, listener });
    return { value, lineOf: (container, key) => lines.get(container)?.get(key) };
  } catch {
    return undefined;
  }
}
