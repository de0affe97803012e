/** Where each YAML value starts, as the typography check names it to an editor. */
import { describe, expect, it } from 'vitest';
import { loadYamlWithLines } from '../../../src/data/parse.ts';

describe('loadYamlWithLines', () => {
  const text = [
    '# a comment',
    '- name: sessionid',
    '  purpose:',
    '    fr: Vous reconnaître.',
    '    en: >-',
    '      Recognises',
    '      you.',
    '- name: csrftoken',
  ].join('\n');

  it('reads the value as parse.ts does, and names the line of each key and list item', () => {
    const read = loadYamlWithLines(text)!;
    const [first, second] = read.value as [Record<string, Record<string, string>>, object];
    expect(first.purpose).toEqual({ fr: 'Vous reconnaître.', en: 'Recognises you.' });
    expect(read.lineOf(read.value as object, 0)).toBe(2);
    expect(read.lineOf(read.value as object, 1)).toBe(8);
    expect(read.lineOf(first, 'purpose')).toBe(3);
    expect(read.lineOf(first.purpose!, 'fr')).toBe(4);
    // A folded text starts on its key's line.
    expect(read.lineOf(first.purpose!, 'en')).toBe(5);
    expect(read.lineOf(second, 'name')).toBe(8);
  });

  it('counts from the line a text starts on in its file (a frontmatter starts on line 2)', () => {
    const read = loadYamlWithLines('title: T\ndescription: D', 2)!;
    expect(read.lineOf(read.value as object, 'description')).toBe(3);
  });

  it('keeps a date as the text written, and gives nothing for YAML it cannot read', () => {
    expect(loadYamlWithLines('date: 2026-02-30')!.value).toEqual({ date: '2026-02-30' });
    expect(loadYamlWithLines('a: [')).toBeUndefined();
  });
});
