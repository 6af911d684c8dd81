/**
 * Aggregates are recomputed only when the survey's responses change: each report is cached under the request and
 * the responses' data version (row count, last update, last id). Bounded, oldest dropped first.
 */

const maxEntries = 64;
const cache = new Map<string, { dataVersion: string; report: unknown }>();

export async function cachedAggregate<Report>(
  key: string,
  dataVersion: string,
  compute: () => Promise<Report>,
): Promise<Report> {
  const hit = cache.get(key);
  if (hit && hit.dataVersion === dataVersion) return hit.report as Report;
  const report = await compute();
  cache.delete(key);
  cache.set(key, { dataVersion, report });
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  return report;
}
