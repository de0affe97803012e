/**
 * What a frame keeps in the browser besides cookies, read after each page: localStorage and
 * sessionStorage keys, IndexedDB databases (with their stores, and keys where readable), Cache
 * Storage caches (with the addresses they hold) and service workers (with their scope). Runs in
 * the page through Playwright, so it may use nothing from this module's scope.
 */
import type { BrowserStorage } from './observation.ts';

/** At most this many keys or addresses per store or cache: enough to recognise an identifier. */
export const MAX_LISTED = 10;

export interface FrameStorage {
  origin: string;
  found: { storage: BrowserStorage; name: string; detail?: string }[];
  /** Storage whose API answered with an error: the audit could not read it. */
  unreadable: { storage: BrowserStorage; reason: string }[];
}

export async function readFrameStorage(max: number): Promise<FrameStorage> {
  const result: FrameStorage = { origin: location.origin, found: [], unreadable: [] };
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const within = <T>(promise: Promise<T>, ms = 2000) =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms),
      ),
    ]);
  const shown = (values: unknown[], total: number) =>
    `${values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ')}${total > values.length ? `, … (${total} in all)` : ''}`;
  for (const [storage, area] of [
    ['local-storage', () => localStorage],
    ['session-storage', () => sessionStorage],
  ] as const) {
    try {
      for (const name of Object.keys(area())) result.found.push({ storage, name });
    } catch (error) {
      result.unreadable.push({ storage, reason: reason(error) });
    }
  }
  // Each API exists only in secure contexts (https, localhost): elsewhere the portal cannot use it.
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    try {
      for (const info of await within(indexedDB.databases())) {
        if (!info.name) continue;
        const name = info.name;
        let detail: string;
        try {
          detail = await within(
            new Promise<string>((resolve, reject) => {
              // Without a version, an existing database opens as it is: nothing is upgraded.
              const request = indexedDB.open(name);
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const db = request.result;
                const stores = [...db.objectStoreNames];
                if (stores.length === 0) {
                  db.close();
                  resolve('no object store');
                  return;
                }
                const parts: string[] = [];
                const transaction = db.transaction(stores, 'readonly');
                for (const store of stores) {
                  const objectStore = transaction.objectStore(store);
                  const count = objectStore.count();
                  const keys = objectStore.getAllKeys(null, max);
                  keys.onsuccess = () => {
                    parts.push(`${store} (keys: ${shown(keys.result, count.result ?? 0)})`);
                  };
                }
                transaction.oncomplete = () => {
                  db.close();
                  resolve(`stores: ${parts.sort().join('; ')}`);
                };
                transaction.onerror = () => reject(transaction.error);
              };
            }),
          );
        } catch (error) {
          detail = `stores not readable: ${reason(error)}`;
        }
        result.found.push({ storage: 'indexed-db', name, detail });
      }
    } catch (error) {
      result.unreadable.push({ storage: 'indexed-db', reason: reason(error) });
    }
  }
  if (typeof caches !== 'undefined') {
    try {
      for (const name of await within(caches.keys())) {
        const requests = await within((await caches.open(name)).keys());
        result.found.push({
          storage: 'cache-storage',
          name,
          detail: `holds ${shown(
            requests.slice(0, max).map((request) => request.url),
            requests.length,
          )}`,
        });
      }
    } catch (error) {
      result.unreadable.push({ storage: 'cache-storage', reason: reason(error) });
    }
  }
  if (typeof navigator.serviceWorker !== 'undefined') {
    try {
      for (const registration of await within(navigator.serviceWorker.getRegistrations())) {
        const worker = registration.active ?? registration.waiting ?? registration.installing;
        if (!worker) continue;
        const script = new URL(worker.scriptURL);
        result.found.push({
          storage: 'service-worker',
          name: script.pathname,
          detail: `script ${script.href}, scope ${registration.scope}`,
        });
      }
    } catch (error) {
      result.unreadable.push({ storage: 'service-worker', reason: reason(error) });
    }
  }
  return result;
}
