/**
 * A value from a content file as a message quotes it: in double quotes, on one line, and cut
 * after 60 characters, so a 50 MB value (or a line pasted by mistake) cannot fill a terminal or
 * the error overlay, and the message stays one line with its fix at the end.
 */
const LONGEST = 60;

export function quoted(value: string): string {
  const line = value.replace(/\r?\n/g, ' ');
  return `"${line.length > LONGEST ? `${line.slice(0, LONGEST - 1)}…` : line}"`;
}
