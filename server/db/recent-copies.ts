/**
 * In-memory copies of the most recently used rows, up to a total weight, all of one ChangeWatch generation: asked
 * with a newer generation, the copies are dropped wholesale (something else wrote to the database).
 */
export interface RecentCopies<K, V> {
  get(key: K, generation: number): V | undefined;
  set(key: K, value: V, generation: number, weight?: number): void;
  readonly size: number;
}

export function createRecentCopies<K, V>(maxWeight: number): RecentCopies<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first, to be evicted.
  const entries = new Map<K, { value: V; weight: number }>();
  let totalWeight = 0;
  let copiesGeneration = -1;

  const syncTo = (generation: number) => {
    if (generation === copiesGeneration) return;
    entries.clear();
    totalWeight = 0;
    copiesGeneration = generation;
  };

  return {
    get(key, generation) {
      syncTo(generation);
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, generation, weight = 1) {
      syncTo(generation);
      const previous = entries.get(key);
      if (previous) {
        entries.delete(key);
        totalWeight -= previous.weight;
      }
      if (weight > maxWeight) return;
      entries.set(key, { value, weight });
      totalWeight += weight;
      for (const [oldestKey, oldest] of entries) {
        if (totalWeight <= maxWeight) break;
        entries.delete(oldestKey);
        totalWeight -= oldest.weight;
      }
    },
    get size() {
      return entries.size;
    },
  };
}
