/**
 * YAML parsed once per text: one content check reads the cookies file for the data, for the French
 * reference and for every other language, and a 1,000-cookie file takes tens of milliseconds to
 * parse. Only the last few texts are kept (`npm run dev` checks again after every edit). What it
 * returns is shared with the next caller of the same text: read it, never change it.
 */
import yaml from 'js-yaml';

const KEPT = 4;
const parsed = new Map<string, { value: unknown } | { error: unknown }>();

/** yaml.load(text), from memory when the same text was parsed lately; throws as yaml.load does. */
export function loadYamlOnce(text: string): unknown {
  let result = parsed.get(text);
  if (!result) {
    try {
      result = { value: yaml.load(text) };
    } catch (error) {
      result = { error };
    }
    parsed.set(text, result);
    if (parsed.size > KEPT) parsed.delete(parsed.keys().next().value!);
  }
  if ('error' in result) throw result.error;
  return result.value;
}
