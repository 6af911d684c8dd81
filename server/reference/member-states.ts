/**
 * The ASEAN member states: the reference list every country-keyed row is checked against
 * (the countries table is synchronised from it and the other tables hold foreign keys to it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export interface MemberState {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** BCP 47 locale codes of the main languages, most used first. */
  languages: string[];
}

const file = path.join(projectRoot, 'data', 'asean-member-states.json');

export const memberStates: readonly MemberState[] = (
  JSON.parse(readFileSync(file, 'utf8')) as { countries: MemberState[] }
).countries;

const byCode = new Map(memberStates.map((state) => [state.code, state]));

export function isMemberStateCode(code: string): boolean {
  return byCode.has(code);
}

export function findMemberState(code: string): MemberState | undefined {
  return byCode.get(code);
}
