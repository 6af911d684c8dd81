/** What every dashboard view gets from the page: the user, the surveys, the address state and how to change it. */
import type { StaffUser, SurveySummary } from '../workspace/types.ts';
import type { DashboardState } from './filters.ts';

export interface DashboardContext {
  readonly user: StaffUser;
  readonly surveys: readonly SurveySummary[];
  /** Writes the state into the address (replace: same history entry) and shows it. */
  navigate(state: DashboardState, how: 'push' | 'replace'): void;
  /** The address of a state, for links. */
  href(state: DashboardState): string;
}

export interface DashboardView {
  root: HTMLElement;
  /** The state changed in a way this view can show without being rebuilt (filters, language). */
  update?(state: DashboardState): boolean;
  destroy(): void;
}
