/**
 * The line `npm run check` ends a complete policy with: its counts, and how far each translation
 * is, in words that stay true whatever is left (a text not translated yet is shown in French, one
 * behind the French in its older translation: the warnings above it say which).
 */
import { locales } from '../config/locales.ts';
import { count } from '../lib/plural.ts';
import type { Inventory } from '../data/schema.ts';
import type { LocaleStatus, TextStatus } from '../translations/status.ts';

/** What is left in one language, or undefined when it follows the French in full. */
function workLeft({ locale, texts, problem }: LocaleStatus): string | undefined {
  const counted = (filter: (text: TextStatus) => boolean, what: string) => {
    const n = texts.filter(filter).length;
    return n > 0 ? `${count(n, 'text')} ${what}` : undefined;
  };
  const parts = [
    ...(problem ? ['its translation record cannot be read'] : []),
    counted(({ status }) => status === 'missing', 'not translated yet'),
    counted(
      ({ status, recordedFrench }) => status === 'stale' && recordedFrench !== undefined,
      'behind the French',
    ),
    counted(
      ({ status, recordedFrench }) => status === 'stale' && recordedFrench === undefined,
      'written, not yet marked as translated',
    ),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? `${locales[locale].englishName} ${parts.join(', ')}` : undefined;
}

export function completeLine(
  inventory: Pick<Inventory, 'cookies' | 'providers'>,
  translations: readonly LocaleStatus[],
): string {
  const left = translations.map(workLeft).filter((line) => line !== undefined);
  const languages =
    left.length === 0
      ? 'every text in every language'
      : `every text in French; translation work left (the warnings above): ${left.join('; ')}`;
  return `Cookie policy content is complete: ${count(inventory.cookies.length, 'cookie')} from ${count(inventory.providers.length, 'provider')}, ${languages}.`;
}
