/** The id of a cookie's row, the same in every language so links can point at one cookie. */
export function cookieAnchor(name: string): string {
  return `cookie-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
