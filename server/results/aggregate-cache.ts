/**
 * Aggregates are recomputed only when the survey's responses change: each report is cached under the request and
 * the responses' data version (row count, last update, last id). Bounded, oldest dropped first.
 */
import type { AggregateReport } from '../analysis/index.ts';

const maxEntries = 64;
const cache = new Map<string, { dataVersion: string; report: AggregateReport }>();

export async function cachedAggregate(
  key: string,
  dataVersion: string,
  compute: () => Promise<AggregateReport>,
): Promise<AggregateReport> {
  const hit = cache.get(key);
  if (hit && hit.dataVersion === dataVersion) return hit.report;
  const report = await compute();
  cache.delete(key);
  cache.set(key, { dataVersion, report });
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  return report;
}
