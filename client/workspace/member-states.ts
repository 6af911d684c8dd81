/** The 11 ASEAN member states, from the same reference file the server checks country codes against. */
import reference from '../../data/asean-member-states.json';
import type { StaffUser } from './types.ts';

export interface MemberState {
  code: string;
  name: string;
  languages: string[];
}

export const memberStates: readonly MemberState[] = reference.countries;

export function memberStateName(code: string): string {
  return memberStates.find((state) => state.code === code)?.name ?? code;
}

/** The member states this user may act in: coordinators only their own. */
export function memberStatesFor(user: StaffUser): readonly MemberState[] {
  if (user.role !== 'coordinator') return memberStates;
  return memberStates.filter((state) => user.countryCodes.includes(state.code));
}
