/**
 * How many exports run at once: at most one per staff user and two in all. An export keeps the event loop busy for
 * as long as it streams (better-sqlite3 reads synchronously and every row is written on the main thread), so each
 * one running takes a share of the time respondents' saves need; beyond the bound a request is refused rather than
 * queued, and the caller is told when to try again.
 *
 * The count is kept in this process's memory on purpose, unlike the rate limits: what it protects is this
 * process's own event loop, which no other process's exports touch. N processes run up to N times the total.
 */

export interface ExportSlotLimits {
  /** Exports one staff user may have running at once. */
  perUser: number;
  /** Exports running at once in this process, whoever asked. */
  total: number;
}

export const defaultExportSlotLimits: ExportSlotLimits = { perUser: 1, total: 2 };

/** What a refused caller is told to wait: about as long as an export of 100,000 responses takes under load. */
export const exportRetryAfterSeconds = 10;

export type ExportSlotClaim =
  | { outcome: 'claimed'; release(): void }
  | { outcome: 'refused'; bound: keyof ExportSlotLimits };

export interface ExportSlots {
  /** Takes a slot for the user's export; `release` gives it back (calling it again does nothing). */
  claim(userId: number): ExportSlotClaim;
  /** Exports running now. */
  running(): number;
}

export function createExportSlots(limits: ExportSlotLimits = defaultExportSlotLimits): ExportSlots {
  const runningByUser = new Map<number, number>();
  let runningInAll = 0;
  return {
    claim(userId) {
      const usersOwn = runningByUser.get(userId) ?? 0;
      if (usersOwn >= limits.perUser) return { outcome: 'refused', bound: 'perUser' };
      if (runningInAll >= limits.total) return { outcome: 'refused', bound: 'total' };
      runningByUser.set(userId, usersOwn + 1);
      runningInAll += 1;
      let released = false;
      return {
        outcome: 'claimed',
        release() {
          if (released) return;
          released = true;
          runningInAll -= 1;
          const left = (runningByUser.get(userId) ?? 1) - 1;
          if (left > 0) runningByUser.set(userId, left);
          else runningByUser.delete(userId);
        },
      };
    },
    running: () => runningInAll,
  };
}
