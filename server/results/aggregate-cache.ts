/**
 * Serialised aggregate reports (a full comparison is over a megabyte of JSON), each kept under its request and the
 * state of the data it was drawn from, and used again until that state changes. Bounded, least recently used
 * dropped first. One per app, like the live aggregates it caches.
 */
export interface ReportCache {
  get(key: string, state: string, compute: () => string): string;
}

export function createReportCache({ maxEntries = 64 } = {}): ReportCache {
  const cache = new Map<string, { state: string; body: string }>();
  return {
    get(key, state, compute) {
      const hit = cache.get(key);
      cache.delete(key);
      const body = hit && hit.state === state ? hit.body : compute();
      cache.set(key, { state, body });
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return body;
    },
  };
}
