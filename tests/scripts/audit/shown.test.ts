/**
 * The text report's last line of defence against GitHub Actions workflow commands, held to what
 * the runner itself parses
 * (https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs): a line that,
 * after any Unicode white space .NET trims, starts with `::`; a line split at `\r`; `##[`
 * anywhere in a line.
 */
import { describe, expect, it } from 'vitest';
import { neutralizeWorkflowCommands } from '../../../scripts/audit/shown.ts';

describe('neutralizeWorkflowCommands', () => {
  it.each([
    ['at the start of the report', '::error::forged', '\\x3a:error::forged'],
    ['after a line break', 'Pages\n::add-mask::secret', 'Pages\n\\x3a:add-mask::secret'],
    [
      'after a carriage return, which ends a line for the runner',
      'a\r::error::x',
      'a\r\\x3a:error::x',
    ],
    ['after spaces and tabs', 'x\n  \t::stop-commands::t', 'x\n  \t\\x3a:stop-commands::t'],
    ['after U+0085, which .NET trims', '\u0085::error::x', '\u0085\\x3a:error::x'],
    ['after a no-break space', '\u00a0::warning::x', '\u00a0\\x3a:warning::x'],
    ['the legacy form anywhere in a line', 'key ##[error]x', 'key #\\x23[error]x'],
  ])('neutralises a command %s', (_, line, shown) => {
    expect(neutralizeWorkflowCommands(line)).toBe(shown);
  });

  it('leaves a colon that opens no command as it is', () => {
    const text = 'Result: the policy matches\n  a: b\nhttps://odwb.be/::x';
    expect(neutralizeWorkflowCommands(text)).toBe(text);
  });
});
