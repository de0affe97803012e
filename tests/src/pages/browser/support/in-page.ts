/**
 * Functions the browser checks run inside the page (through page.evaluate): each one is sent as
 * source text, so it must not use anything from outside its own body.
 */

export interface FocusRecord {
  /** The same number every time the same element gets the focus. */
  id: number;
  label: string;
  href: string | null;
  hreflang: string | null;
  text: string;
  /** An outline (not transparent) or a box-shadow is drawn around it. */
  indicator: boolean;
  /** It has a size and lies inside the viewport. */
  onScreen: boolean;
  hasSize: boolean;
  inMain: boolean;
  isMain: boolean;
  /** The aria-label of the nav it sits in, if any. */
  navLabel: string | null;
}

/** Records, from now on, every element that gets the focus and how it looks at that moment. */
export function installFocusLog(): void {
  const store = window as unknown as { focusLog: FocusRecord[] };
  store.focusLog = [];
  const ids = new Map<Element, number>();
  document.addEventListener('focusin', (event) => {
    const element = event.target as Element;
    if (!ids.has(element)) ids.set(element, ids.size + 1);
    const style = getComputedStyle(element);
    const transparent = /^transparent$|rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent;
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const hasSize = box.width > 0 && box.height > 0;
    store.focusLog.push({
      id: ids.get(element)!,
      label: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${text.slice(0, 40)}"`,
      href: element.getAttribute('href'),
      hreflang: element.getAttribute('hreflang'),
      text,
      indicator: outline || style.boxShadow !== 'none',
      hasSize,
      onScreen:
        hasSize &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth,
      inMain: !!element.closest('main#content'),
      isMain: element.matches('main#content'),
      navLabel: element.closest('nav')?.getAttribute('aria-label') ?? null,
    });
  });
}

export function readFocusLog(): FocusRecord[] {
  return (window as unknown as { focusLog: FocusRecord[] }).focusLog;
}

/**
 * Table cells a reader cannot read: without a size, with text cut off, or past the page's right
 * edge. A header row hidden on purpose (the small-screen cards) is skipped, but then every value
 * must say its column itself.
 */
export function unreadableCells(): string[] {
  const problems: string[] = [];
  const visuallyHidden = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const clip = style.getPropertyValue('clip');
      if (style.clipPath !== 'none' || (clip && clip !== 'auto')) return true;
      if (box.width <= 1 && box.height <= 1 && style.overflow !== 'visible') return true;
      if (node.tagName === 'TABLE') return false;
    }
    return false;
  };
  const pageWidth = document.documentElement.clientWidth;
  for (const table of document.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const headerHidden = table.tHead ? visuallyHidden(table.tHead) : false;
    for (const cell of table.querySelectorAll<HTMLTableCellElement>('th, td')) {
      if (headerHidden && cell.closest('thead')) continue;
      const name = `${cell.tagName.toLowerCase()} "${cell.innerText.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
      const box = cell.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) problems.push(`${name} has no size`);
      else if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(
          `${name} is cut off (${cell.scrollWidth}px of content in ${cell.clientWidth}px)`,
        );
      else if (box.right > pageWidth + 1)
        problems.push(`${name} ends at ${Math.round(box.right)}px, past the ${pageWidth}px page`);
      const row = cell.parentElement as HTMLTableRowElement;
      if (headerHidden && cell.tagName === 'TD' && row.cells.length === headers.length) {
        const column = headers[cell.cellIndex];
        const label = getComputedStyle(cell, '::before').content;
        if (column === undefined)
          problems.push(`${name} is in column ${cell.cellIndex + 1}, which the header row lacks`);
        else if (!label.includes(column) && !cell.innerText.includes(column))
          problems.push(
            `${name} does not say its column "${column}" while the header row is hidden`,
          );
      }
    }
  }
  return problems;
}

/** Where the page's first table ends, against the page's width, and its column headers. */
export function printedTable() {
  const table = document.querySelector('table');
  return {
    pageWidth: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
    tableRight: table ? table.getBoundingClientRect().right : undefined,
    headers: [...(table?.querySelectorAll('thead th') ?? [])].map((th) => {
      const box = th.getBoundingClientRect();
      return { text: th.textContent!.trim(), width: box.width, right: box.right };
    }),
  };
}

/**
 * What paper shows instead of the address bar and the links: the version and the policy's
 * address under the title, the providers' privacy policies listed below the table (not inside
 * the provider column), and the history of versions. Run with print media.
 */
export function printedNotes() {
  const shown = (element: Element | null) =>
    element !== null && (element as HTMLElement).offsetHeight > 0;
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const address = document.querySelector('.print-address');
  const links = document.querySelector('.print-links');
  return {
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    pageDate: document.querySelector('.last-updated time')?.getAttribute('datetime'),
    address: shown(address) ? text(address) : undefined,
    addressDate: address?.querySelector('time')?.getAttribute('datetime'),
    providerCells: [...document.querySelectorAll('.cookie-table tbody td:nth-child(2)')].map(
      (cell) => {
        const link = cell.querySelector('a');
        return {
          text: text(cell) ?? '',
          after: link ? getComputedStyle(link, '::after').content : 'none',
          href: link?.getAttribute('href') ?? '',
        };
      },
    ),
    links: shown(links) ? text(links) : undefined,
    history: shown(document.querySelector('.policy-history')),
  };
}
