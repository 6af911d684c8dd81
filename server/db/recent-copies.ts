/**
 * In-memory copies of the most recently used rows, up to a number of them, all of one ChangeWatch generation: asked
 * with a newer generation, the copies are dropped wholesale (something else wrote to the database).
 */
export interface RecentCopies<K, V> {
  get(key: K, generation: number): V | undefined;
  set(key: K, value: V, generation: number): void;
  readonly size: number;
}

export function createRecentCopies<K, V>(maxEntries: number): RecentCopies<K, V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first, to be evicted.
  const entries = new Map<K, V>();
  let copiesGeneration = -1;

  const syncTo = (generation: number) => {
    if (generation === copiesGeneration) return;
    entries.clear();
    copiesGeneration = generation;
  };

  return {
    get(key, generation) {
      syncTo(generation);
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value, generation) {
      syncTo(generation);
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as K);
    },
    get size() {
      return entries.size;
    },
  };
}
