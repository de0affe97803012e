/**
 * Functions the WCAG checks beyond axe run inside the page (through page.evaluate): each is sent
 * as source text, so it uses nothing from outside its own body.
 */

/** WCAG 1.4.12's spacing, as a user's style sheet sets it: the values the criterion names. */
export function applyTextSpacing(): void {
  const style = document.createElement('style');
  style.textContent =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
    'p { margin-bottom: 2em !important; }';
  document.head.append(style);
}

/**
 * Text a reader can no longer see: cut off by a box that hides its overflow, or by an ellipsis.
 * Visually hidden text (the skip link at rest, labels for screen readers) is meant to be unseen.
 */
export function clippedText(): string[] {
  const label = (element: Element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text}"`;
  };
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    if (!(element.textContent ?? '').trim()) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || style.display === 'none') continue;
    if (style.clipPath !== 'none' || (style.clip && style.clip !== 'auto')) continue;
    const hidesX = style.overflowX !== 'visible';
    const hidesY = style.overflowY !== 'visible';
    if (hidesY && element.scrollHeight > element.clientHeight + 1)
      problems.push(
        `${label(element)} cuts off its text (${element.scrollHeight}px of text in ${element.clientHeight}px)`,
      );
    else if (hidesX && element.scrollWidth > element.clientWidth + 1)
      problems.push(
        `${label(element)} cuts off its text (${element.scrollWidth}px wide in ${element.clientWidth}px)`,
      );
    else if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1)
      problems.push(`${label(element)} ends its text with an ellipsis`);
  }
  return problems;
}

/**
 * How far the page scrolls sideways, if at all, and the innermost element that reaches furthest
 * past the window's right edge: what to fix.
 */
export function sidewaysScroll(): { scrollWidth: number; clientWidth: number; widest?: string } {
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth <= clientWidth) return { scrollWidth, clientWidth };
  let widest: { element: Element; right: number } | undefined;
  const consider = (element: Element, right: number) => {
    if (right > clientWidth + 1 && (!widest || right >= widest.right)) widest = { element, right };
  };
  for (const element of document.body.querySelectorAll('*'))
    consider(element, element.getBoundingClientRect().right + window.scrollX);
  // A word too long for its box overflows it without widening the box: measure the text itself.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    consider(node.parentElement!, range.getBoundingClientRect().right + window.scrollX);
  }
  if (!widest) return { scrollWidth, clientWidth };
  const text = (widest.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return {
    scrollWidth,
    clientWidth,
    widest: `<${widest.element.tagName.toLowerCase()}> "${text}" ends at ${Math.round(widest.right)}px`,
  };
}

/**
 * The cookie table made as long and as wide as a big portal's: its rows repeated up to `rows`,
 * the first cookie renamed to `longestName`. Returns how many rows the table then has.
 */
export function stressCookieTable([longestName, rows]: [string, number]): number {
  const body = document.querySelector('.cookie-table tbody');
  if (!body) return 0;
  const cookieRows = [...body.querySelectorAll('tr')].filter((row) => row.querySelector('code'));
  if (cookieRows.length === 0) return 0;
  cookieRows[0]!.querySelector('code')!.textContent = longestName;
  for (let index = cookieRows.length; index < rows; index++) {
    const copy = cookieRows[index % cookieRows.length]!.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    body.append(copy);
  }
  return body.querySelectorAll('tr code').length;
}

/** What the focused element looks like: its focus indicator and whether anything covers it. */
export function focusedState() {
  const element = document.activeElement;
  if (!element || element === document.body) return undefined;
  const label = (() => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text}"`;
  })();
  const style = getComputedStyle(element);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    !/^transparent$|rgba\(.*,\s*0\)$/.test(style.outlineColor);
  const box = element.getBoundingClientRect();
  // Sample the box's centre and four inner corners: some of it must be on top.
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 1, box.top + 1],
    [box.right - 1, box.top + 1],
    [box.left + 1, box.bottom - 1],
    [box.right - 1, box.bottom - 1],
  ];
  const inView = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
  const shown = points.some(([x, y]) => {
    if (!inView(x!, y!)) return false;
    const top = document.elementFromPoint(x!, y!);
    return top !== null && (top === element || element.contains(top));
  });
  return {
    label,
    isMain: element.matches('main#content'),
    outline,
    boxShadow: style.boxShadow !== 'none',
    hasSize: box.width > 0 && box.height > 0,
    shown,
  };
}

/**
 * Targets smaller than 24 by 24 CSS pixels that no exception of WCAG 2.5.8 covers: a link inside
 * a sentence is inline; a small target whose 24 px circle touches no other target is spaced.
 */
export function smallTargets(): string[] {
  const label = (element: Element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text}"`;
  };
  const targets = [
    ...document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    ),
  ]
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ element, box }) => {
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return false;
      // Visually hidden until focused (the skip link): not a target a pointer can hit.
      return !(style.clipPath !== 'none' || (style.clip && style.clip !== 'auto'));
    });
  const inSentence = (element: HTMLElement) => {
    if (getComputedStyle(element).display !== 'inline') return false;
    const block = element.closest('p, li, td, th, dd, figcaption, blockquote');
    if (!block) return false;
    const own = (element.textContent ?? '').trim().length;
    return (block.textContent ?? '').trim().length > own;
  };
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  const distanceToBox = ([x, y]: readonly [number, number], box: DOMRect) =>
    Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
  const problems: string[] = [];
  for (const target of targets) {
    const { element, box } = target;
    if ((box.width >= 24 && box.height >= 24) || inSentence(element)) continue;
    const point = centre(box);
    const crowded = targets.some(
      (other) =>
        other !== target &&
        !other.element.contains(element) &&
        !element.contains(other.element) &&
        (distanceToBox(point, other.box) < 12 ||
          ((other.box.width < 24 || other.box.height < 24) &&
            Math.hypot(point[0] - centre(other.box)[0], point[1] - centre(other.box)[1]) < 24)),
    );
    if (crowded)
      problems.push(
        `${label(element)} is ${Math.round(box.width)}×${Math.round(box.height)}px, under 24×24, and too close to another target`,
      );
  }
  return problems;
}

/**
 * Text whose colour is its background's once the system's forced colours apply: unreadable in
 * Windows high contrast. Read with forced-colors: active.
 */
export function invisibleText(): string[] {
  const label = (element: Element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text}"`;
  };
  const background = (element: Element | null): string => {
    for (let node = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/^transparent$|rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    if (!ownText) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    if (style.color === background(element))
      problems.push(`${label(element)} has its text in its background’s colour (${style.color})`);
  }
  return problems;
}
