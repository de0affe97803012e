/**
 * Runs in every frame before the portal's own scripts: wraps the document.cookie setter and
 * Storage#setItem so that each write reaches the audit with its exact text (the lifetime a script
 * asked for, which the jar caps at 400 days) and the script and line that made it. Writes go to
 * the binding the crawl exposes; the page behaves exactly as without the probe.
 */
export const PROBE_BINDING = '__odwbAuditWrite';

export interface ProbeWrite {
  kind: 'cookie' | 'local-storage' | 'session-storage';
  /** The cookie text as written, or the storage key. */
  text: string;
  /** Epoch ms in the page when it wrote. */
  at: number;
  script: string | undefined;
  line: number | undefined;
}

/** Serialised into the page by Playwright: it may use nothing from this module's scope. */
export function pageProbe(binding: string): void {
  const send = (kind: string, text: string) => {
    // Frames 0-2 are "Error", send() and the wrapper; the first http(s) frame after is the writer.
    const frame = (new Error().stack ?? '')
      .split('\n')
      .slice(3)
      .map((line) => /((?:https?|file):\/\/[^\s()]+?):(\d+):\d+\)?$/.exec(line.trim()))
      .find(Boolean);
    const report = (window as unknown as Record<string, (write: unknown) => void>)[binding];
    report?.({
      kind,
      text,
      at: Date.now(),
      script: frame?.[1],
      line: frame ? Number(frame[2]) : undefined,
    });
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return get.call(this);
      },
      set(value) {
        send('cookie', String(value));
        set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    let kind = 'session-storage';
    try {
      if (this === window.localStorage) kind = 'local-storage';
    } catch {
      // A sandboxed frame may not touch localStorage: then this is session storage or nothing.
    }
    send(kind, String(key));
    return setItem.call(this, key, value);
  };
}
