/**
 * A portal's own text (cookie names, storage keys, header lines, script addresses, page
 * languages) as the text reports show it: control characters and line breaks escaped, so no
 * portal string can start a line of its own, move the terminal's cursor, or colour it. What a
 * person reads is still the exact text: `\n`, `\x1b`, `\u2028` stand for the characters.
 */

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export const escapeControls = (text: string) =>
  text.replace(
    CONTROL,
    (char) =>
      NAMED[char] ??
      (char.charCodeAt(0) <= 0xff
        ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );

/**
 * A GitHub Actions runner reads a log line that starts (after spaces) with `::` as a workflow
 * command (`::error::`, `::add-mask::`, `::stop-commands::`), and one holding `##[` as a legacy
 * one. Every line of the text report passes here last: the colon or hash that would open a
 * command is shown escaped, as the control characters are.
 */
export const neutralizeWorkflowCommands = (report: string) =>
  report
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1\\x3a').replaceAll('##[', '#\\x23['))
    .join('\n');
