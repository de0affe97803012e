/**
 * A cookie's name is an RFC 6265 token (section 4.1.1, token as in RFC 2616 section 2.2): visible
 * US-ASCII characters except separators. A name outside it cannot be set by any browser, so the
 * policy would list a cookie that does not exist. Storage keys (localStorage) have no such rule.
 */
const SEPARATORS = '()<>@,;:\\"/[]?={}';

/** The same rule as a pattern, for the JSON Schema editors' YAML extension checks names with. */
export const COOKIE_NAME_PATTERN = "^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+$";

/** The first character a cookie name may not contain, described for an editor, or undefined. */
export function forbiddenInCookieName(name: string): string | undefined {
  for (const character of name) {
    const code = character.codePointAt(0)!;
    if (character === ' ') return 'a space';
    if (character === '\t') return 'a tab';
    if (code < 0x20 || code === 0x7f)
      return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code > 0x7e) return `"${character}" (not plain ASCII)`;
    if (SEPARATORS.includes(character)) return `"${character}"`;
  }
  return undefined;
}
