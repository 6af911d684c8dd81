/**
 * Serialised aggregate reports (a full comparison is over a megabyte of JSON), each kept under its request and the
 * state of the data it was drawn from, and used again until that state changes. Bounded by size, least recently
 * used dropped first, so that it fits the server's heap limit (`--max-old-space-size` in `npm start`) whatever
 * filters analysts try. One per app, like the live aggregates it caches.
 */
export interface ReportCache {
  get(key: string, state: string, compute: () => string): string;
}

export function createReportCache({ maxCharacters = 16_000_000 } = {}): ReportCache {
  const cache = new Map<string, { state: string; body: string }>();
  let characters = 0;
  const remove = (key: string) => {
    characters -= cache.get(key)?.body.length ?? 0;
    cache.delete(key);
  };
  return {
    get(key, state, compute) {
      const hit = cache.get(key);
      remove(key);
      const body = hit && hit.state === state ? hit.body : compute();
      cache.set(key, { state, body });
      characters += body.length;
      for (const oldest of cache.keys()) {
        if (characters <= maxCharacters || oldest === key) break;
        remove(oldest);
      }
      return body;
    },
  };
}
