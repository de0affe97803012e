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
 * A GitHub Actions runner reads each line of a step's output as a workflow command when, after
 * its leading white space, it starts with `::` and holds a second `::` (`::error::`,
 * `::add-mask::`, `::stop-commands::`), or when it holds `##[` anywhere (the legacy form). This
 * follows the runner's own parser,
 * https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs
 * (`TryParseV2`: `message.TrimStart()` then `StartsWith("::")`; `TryParse`: `IndexOf("##[")`),
 * called for every output line by
 * https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs.
 * .NET's TrimStart removes every Unicode white space, U+0085 included (JavaScript's `\s` leaves
 * it out), and the runner reads output with .NET's `StreamReader.ReadLine`
 * (https://github.com/actions/runner/blob/main/src/Runner.Sdk/ProcessInvoker.cs), which ends a
 * line at `\r` as at `\n`. Every line of the text report passes here last: the
 * colon or hash that would open a command is shown escaped, as the control characters are.
 */
const LINE_START_COMMAND = /(^|[\r\n])([\s\u0085]*):(?=:)/g;

export const neutralizeWorkflowCommands = (report: string) =>
  report.replace(LINE_START_COMMAND, '$1$2\\x3a').replaceAll('##[', '#\\x23[');
