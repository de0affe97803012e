/**
 * The French texts a version records, each by its fingerprint: the pages' sections, titles and
 * descriptions and the cookies' service, purpose and condition. Interface strings are the site's,
 * not the policy's, and summaries describe versions rather than belong to one.
 */
import { fingerprint } from '../lib/fingerprint.ts';
import type { FrenchTexts } from '../versions/snapshot.ts';
import { referenceTexts, type ReferenceText, type TextSources } from './texts.ts';

export const isVersionedText = (id: string) =>
  id.startsWith('policy/') || id.startsWith('cookies/');

export function frenchTexts(
  sources: TextSources,
  reference: ReferenceText[] = referenceTexts(sources),
): FrenchTexts {
  return Object.fromEntries(
    reference
      .filter(({ id }) => isVersionedText(id))
      .map(({ id, french }) => [id, fingerprint(french)]),
  );
}
