/**
 * Refusing must be as easy as accepting (EDPB guidelines 05/2020 on consent, and the Belgian
 * Data Protection Authority's cookie checklist): the first layer of a consent banner, what a
 * visitor sees before clicking anything, must offer a control that refuses, and it may not be
 * less prominent than the one that accepts. The audit measures that on the first page of the
 * "No answer" visit, before any answer:
 *
 * - the controls: with --consent, the file's `refuse` and `accept` selectors; otherwise the
 *   visible buttons and links (inside the banner the rule found, when the rule names it) whose
 *   text says refuse or accept, in English, French, Dutch or German;
 * - visible: rendered with a size, inside the window, not hidden and not transparent;
 * - as prominent: the refusal's box is at least as tall as the acceptance's (1 px tolerance)
 *   and its text at least as large (0.5 px tolerance). Width is not compared: "Tout refuser" and
 *   "Accept all" differ in length, not in weight.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface Control {
  text: string;
  width: number;
  height: number;
  fontSize: number;
}

export interface FirstLayer {
  refuse: Control | undefined;
  accept: Control | undefined;
  /**
   * `as-prominent`: a refusal as tall and as large as the acceptance; `less-prominent`: smaller;
   * `no-refusal`: an acceptance but no refusal on the first layer; `unknown`: no acceptance found
   * to compare with.
   */
  verdict: 'as-prominent' | 'less-prominent' | 'no-refusal' | 'unknown';
}

export const REFUSE_WORDS = [
  'reject',
  'refuse',
  'decline',
  'deny',
  'disagree',
  'necessary only',
  'only necessary',
  'essential only',
  'no thanks',
  'refuser',
  'rejeter',
  'continuer sans accepter',
  'weiger',
  'afwijzen',
  'alleen noodzakelijke',
  'ablehnen',
  'nur notwendige',
  'nur essenzielle',
];
export const ACCEPT_WORDS = [
  'accept',
  'agree',
  'allow',
  'ok',
  "that's ok",
  'accepter',
  "j'accepte",
  'accepteer',
  'akkoord',
  'toestaan',
  'akzeptieren',
  'zustimmen',
  'einverstanden',
  'erlauben',
];

const require = createRequire(import.meta.url);
let rules: { name: string; detectPopup?: { visible?: string | string[] }[] }[] | undefined;

/** The banner's own element, as the autoconsent rule that found it names it (JSON rules only). */
export function bannerSelector(cmp: string): string | undefined {
  rules ??= JSON.parse(
    readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8'),
  ).autoconsent;
  const visible = rules
    ?.find((rule) => rule.name === cmp)
    ?.detectPopup?.find((step) => step.visible)?.visible;
  return Array.isArray(visible) ? visible[0] : visible;
}

/** Runs in the page: may use nothing from this module's scope. */
function measure(input: {
  refuse: string | undefined;
  accept: string | undefined;
  banner: string | undefined;
  refuseWords: string[];
  acceptWords: string[];
}) {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const describe = (element: Element | undefined) => {
    if (!element) return undefined;
    const box = element.getBoundingClientRect();
    return {
      text: ((element as HTMLElement).innerText || element.getAttribute('value') || '').trim(),
      width: Math.round(box.width),
      height: Math.round(box.height),
      fontSize: Math.round(Number.parseFloat(getComputedStyle(element).fontSize) * 10) / 10,
    };
  };
  const bySelector = (selector: string | undefined) =>
    selector ? [...document.querySelectorAll(selector)].find(visible) : undefined;
  const scope = (input.banner && document.querySelector(input.banner)) || document;
  const controls = [
    ...scope.querySelectorAll(
      'button, a[href], [role="button"], input[type="button"], input[type="submit"]',
    ),
  ].filter(visible);
  const says = (element: Element, words: string[]) => {
    const text = ((element as HTMLElement).innerText || element.getAttribute('value') || '')
      .toLowerCase()
      .replaceAll('’', "'");
    return words.some((word) => new RegExp(`(^|[^\\p{L}])${word}`, 'u').test(text));
  };
  const refuse =
    input.refuse !== undefined
      ? bySelector(input.refuse)
      : controls.find((element) => says(element, input.refuseWords));
  const accept =
    input.accept !== undefined
      ? bySelector(input.accept)
      : controls.find(
          (element) => says(element, input.acceptWords) && !says(element, input.refuseWords),
        );
  return { refuse: describe(refuse), accept: describe(accept) };
}

/** The first layer's refusal against its acceptance, on the page as it is now (before any answer). */
export async function measureFirstLayer(
  page: Page,
  how: { refuse?: string | undefined; accept?: string | undefined; banner?: string | undefined },
): Promise<FirstLayer> {
  const found = await page
    .evaluate(measure, {
      refuse: how.refuse,
      accept: how.accept,
      banner: how.banner,
      refuseWords: REFUSE_WORDS,
      acceptWords: ACCEPT_WORDS,
    })
    .catch(() => ({ refuse: undefined, accept: undefined }));
  return { ...found, verdict: judge(found.refuse, found.accept) };
}

export function judge(
  refuse: Control | undefined,
  accept: Control | undefined,
): FirstLayer['verdict'] {
  if (!accept) return 'unknown';
  if (!refuse) return 'no-refusal';
  return refuse.height >= accept.height - 1 && refuse.fontSize >= accept.fontSize - 0.5
    ? 'as-prominent'
    : 'less-prominent';
}

const shown = (control: Control) =>
  `"${control.text}" (${control.height} px high, ${control.fontSize} px text)`;

/** The sentence the reports print under the consent line. */
export function firstLayerLine(layer: FirstLayer): string {
  const { refuse, accept } = layer;
  switch (layer.verdict) {
    case 'as-prominent':
      return `First layer of the banner: refusing is offered as prominently as accepting: ${shown(refuse!)} against ${shown(accept!)}.`;
    case 'less-prominent':
      return `First layer of the banner: refusing is less prominent than accepting: ${shown(refuse!)} against ${shown(accept!)}. Make the refusal as tall and its text as large.`;
    case 'no-refusal':
      return `First layer of the banner: no control to refuse beside ${shown(accept!)}: a visitor must look further to refuse. Offer "refuse all" on the first layer, as prominently as "accept all".`;
    default:
      return 'First layer of the banner: no control to accept or refuse was recognised, so their prominence was not compared (name them with --consent <file>).';
  }
}

export const firstLayerFails = (layer: FirstLayer | undefined) =>
  layer?.verdict === 'less-prominent' || layer?.verdict === 'no-refusal';
