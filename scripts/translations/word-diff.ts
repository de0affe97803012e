/**
 * What changed in the French since a translation was made, word by word, in the notation of
 * `git diff --word-diff`: [-removed words-]{+added words+}. Long unchanged stretches are cut to a
 * few words either side of a change, so a one-word edit in a long section reads in one line.
 */
import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words of context kept on each side of a change. */
const CONTEXT = 6;

function shorten(text: string, keepStart: boolean, keepEnd: boolean): string {
  const words = text.split(' ');
  if (words.length <= CONTEXT * 2 + 1) return text;
  const start = keepStart ? words.slice(0, CONTEXT).join(' ') : '';
  const end = keepEnd ? words.slice(-CONTEXT).join(' ') : '';
  return `${start}${keepStart ? ' ' : ''}…${keepEnd ? ' ' : ''}${end}`;
}

/** The diff from the old French to the new, both normalised, unchanged stretches shortened. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after);
  return changes.map((change, index): DiffPart => {
    if (change.added) return { kind: 'added', text: change.value };
    if (change.removed) return { kind: 'removed', text: change.value };
    // Keep the words next to the change before it and the one after it.
    const text = shorten(change.value, index > 0, index < changes.length - 1);
    return { kind: 'same', text };
  });
}

/** [-old-]{+new+} for a terminal or a plain-text log. */
export function plainDiff(parts: DiffPart[]): string {
  return parts
    .map(({ kind, text }) =>
      kind === 'added' ? `{+${text}+}` : kind === 'removed' ? `[-${text}-]` : text,
    )
    .join('');
}
