/**
 * Text fingerprints: equal for texts a reader cannot tell apart, different as soon as a word,
 * a digit or a sign differs.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, normaliseText } from '../../../src/lib/fingerprint.ts';

describe('normaliseText', () => {
  it('collapses every kind of whitespace, no-break spaces included, and trims', () => {
    expect(normaliseText('  Le\u00a0portail\u202F:\tun\n\ncookie\u200B \r\n ')).toBe(
      'Le portail : un cookie',
    );
  });

  it('makes typographic quotes and apostrophes straight', () => {
    expect(normaliseText('L’été «\u00a0chaud\u00a0», “hot” and ‘warm’, „heiß“, ‹ x ›')).toBe(
      `L'été "chaud", "hot" and 'warm', "heiß", 'x'`,
    );
  });

  it('composes accents the same way whatever the keyboard produced (NFC)', () => {
    expect(normaliseText('e\u0301te\u0301')).toBe('\u00e9t\u00e9');
  });
});

describe('fingerprint', () => {
  it('is the same for a re-wrapped paragraph with other spaces and quotes', () => {
    const original = 'Le portail n’utilise que des cookies «\u00a0nécessaires\u00a0».\n';
    const rewrapped = 'Le portail\nn\'utilise que des cookies "nécessaires".';
    expect(fingerprint(rewrapped)).toBe(fingerprint(original));
  });

  it('changes with a word, a digit or a punctuation mark', () => {
    const base = fingerprint('Conservé 2 semaines.');
    expect(fingerprint('Conservé 3 semaines.')).not.toBe(base);
    expect(fingerprint('Conservé 2 mois.')).not.toBe(base);
    expect(fingerprint('Conservé 2 semaines !')).not.toBe(base);
  });

  it('is 16 hexadecimal digits', () => {
    expect(fingerprint('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
