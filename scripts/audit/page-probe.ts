/**
 * Runs in every frame before the portal's own scripts: wraps the document.cookie setter and
 * Storage#setItem so that each write reaches the audit with its exact text (the lifetime a script
 * asked for, which the jar caps at 400 days) and the script and line that made it. Writes go to
 * the binding the crawl exposes; the page behaves exactly as without the probe.
 */
export const PROBE_BINDING = '__odwbAuditWrite';

export interface ProbeWrite {
  kind:
    | 'cookie'
    | 'local-storage'
    | 'session-storage'
    | 'indexed-db'
    | 'cache-storage'
    | 'service-worker';
  /** The cookie text as written, the storage key, database or cache name, or the worker's path. */
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
  // Opening a database or a cache, or registering a worker, names it: the writer is its evidence.
  if (typeof IDBFactory !== 'undefined') {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      send('indexed-db', String(name));
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
  }
  if (typeof CacheStorage !== 'undefined') {
    const openCache = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name: string) {
      send('cache-storage', String(name));
      return openCache.call(this, name);
    };
  }
  if (typeof ServiceWorkerContainer !== 'undefined') {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (
      url: string | URL,
      options?: RegistrationOptions,
    ) {
      try {
        send('service-worker', new URL(String(url), location.href).pathname);
      } catch {
        // An address that does not parse registers nothing either.
      }
      return register.call(this, url, options);
    };
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
