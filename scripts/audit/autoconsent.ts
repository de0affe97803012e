/**
 * Finds and answers a consent banner with the rules of @duckduckgo/autoconsent (several hundred
 * consent managers: Klaro, OneTrust, Cookiebot, Didomi…), driven the way the package's own
 * Playwright runner drives it (its playwright/runner.ts): the content script is evaluated in every
 * frame, asks for its configuration with an `init` message through a binding, then reports
 * `popupFound`, `optOutResult` / `optInResult` and `autoconsentDone`.
 *
 * Only rules that click the banner's own buttons are used: cosmetic rules merely hide a banner
 * (which answers nothing) and the heuristic mode may accept where it cannot refuse.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const SCRIPT = readFileSync(
  join(dirname(require.resolve('@duckduckgo/autoconsent')), 'autoconsent.playwright.js'),
  'utf8',
);
/** The full rules: the compact ones leave out the steps that accept. */
const RULES = readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8');
const BINDING = 'autoconsentSendMessage';

/** What the audit asks of the banner: to be found only, or answered. */
export type ConsentAction = 'detect' | 'optOut' | 'optIn';

interface Message {
  type: string;
  cmp?: string;
  result?: boolean;
  id?: string;
  code?: string;
  mainFrame?: boolean;
  isCosmetic?: boolean;
  state?: { lifecycle?: string };
}

export type RulesOutcome =
  | { kind: 'none' }
  | { kind: 'found'; cmp: string }
  | { kind: 'answered'; cmp: string }
  | {
      kind: 'failed';
      cmp: string | undefined;
      reason: 'not-found' | 'refused-by-rule' | 'timeout';
    };

const configFor = (action: ConsentAction) => ({
  enabled: true,
  autoAction: action === 'detect' ? null : action,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  heuristicMode: 'off',
  detectRetries: 10,
  isMainWorld: false,
  visualTest: false,
  logs: {
    lifecycle: false,
    rulesteps: false,
    detectionsteps: false,
    evals: false,
    errors: false,
    messages: false,
    waits: false,
  },
});

/** One driver per browser context: the binding can be exposed only once. */
export class Autoconsent {
  private action: ConsentAction | undefined;
  private received: Message[] = [];

  async attach(context: BrowserContext): Promise<void> {
    await context.exposeBinding(BINDING, ({ frame }, message: Message) =>
      this.onMessage(frame, message),
    );
  }

  private async onMessage(frame: Frame, message: Message): Promise<void> {
    if (this.action === undefined || typeof message !== 'object' || message === null) return;
    this.received.push(message);
    const reply = (payload: string) =>
      frame.evaluate(`window.autoconsentReceiveMessage(${payload})`).catch(() => undefined);
    if (message.type === 'init') {
      await reply(
        `{ type: "initResp", config: ${JSON.stringify(configFor(this.action))}, rules: { autoconsent: ${RULES}.autoconsent } }`,
      );
    } else if (message.type === 'eval' && message.code !== undefined) {
      const result = await frame.evaluate(message.code).catch(() => false);
      await reply(JSON.stringify({ type: 'evalResp', id: message.id, result }));
    }
  }

  private seen(type: string) {
    return this.received.find((message) => message.type === type);
  }

  /**
   * Runs the rules on the loaded page: `detect` only looks for a banner (for `timeoutMs`, unless
   * the rules say sooner that there is none); `optOut` and `optIn` answer it and wait until the
   * rule says it is done, giving up after `timeoutMs`.
   */
  async run(page: Page, action: ConsentAction, timeoutMs: number): Promise<RulesOutcome> {
    this.action = action;
    this.received = [];
    const inject = (frame: Frame) => frame.evaluate(SCRIPT).catch(() => undefined);
    const onNavigated = (frame: Frame) => void inject(frame);
    page.on('framenavigated', onNavigated);
    try {
      await Promise.all(page.frames().map(inject));
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const outcome = this.outcome(action);
        if (outcome) return outcome;
        await page.waitForTimeout(100);
      }
      const popup = this.seen('popupFound');
      if (action === 'detect') return popup ? { kind: 'found', cmp: popup.cmp! } : { kind: 'none' };
      return { kind: 'failed', cmp: popup?.cmp, reason: popup ? 'timeout' : 'not-found' };
    } finally {
      page.off('framenavigated', onNavigated);
      this.action = undefined;
    }
  }

  private outcome(action: ConsentAction): RulesOutcome | undefined {
    const popup = this.seen('popupFound');
    if (action === 'detect') {
      if (popup) return { kind: 'found', cmp: popup.cmp! };
      const top = this.received.filter((message) => message.type === 'report' && message.mainFrame);
      return top.at(-1)?.state?.lifecycle === 'nothingDetected' ? { kind: 'none' } : undefined;
    }
    const result = this.seen(action === 'optOut' ? 'optOutResult' : 'optInResult');
    if (result && !result.result)
      return { kind: 'failed', cmp: result.cmp, reason: 'refused-by-rule' };
    const done = this.seen('autoconsentDone');
    if (result && done) return { kind: 'answered', cmp: done.cmp ?? result.cmp! };
    return undefined;
  }
}
