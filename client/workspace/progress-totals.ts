/** The total row under a progress table: invitations summed over the member states shown, and their rate. */
import type { CountryProgress } from './types.ts';

export function progressTotals(
  rows: readonly CountryProgress[],
): Pick<CountryProgress, 'invited' | 'started' | 'submitted' | 'responseRate'> {
  let invited = 0;
  let started = 0;
  let submitted = 0;
  for (const row of rows) {
    invited += row.invited;
    started += row.started;
    submitted += row.submitted;
  }
  // As the server rounds each country's rate (server/workspace/tracking.ts): percent to one decimal.
  const responseRate = invited === 0 ? null : Math.round((submitted / invited) * 1000) / 10;
  return { invited, started, submitted, responseRate };
}
