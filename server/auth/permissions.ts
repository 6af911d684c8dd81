/**
 * Who may do what. Coordinators act only within their own member states (like REDCap's data access groups);
 * the country scope is applied by the routes that list or change country-keyed data.
 */
import type { StaffRole, StaffUser } from '../db/repositories/staff-repository.ts';

export const staffRoles = [
  'admin',
  'researcher',
  'analyst',
  'coordinator',
] as const satisfies readonly StaffRole[];

export type Permission =
  | 'users:manage'
  | 'audit:read'
  | 'surveys:read'
  | 'surveys:write'
  | 'invitations:read'
  | 'invitations:write'
  | 'contacts:read'
  | 'results:read'
  /** Remove what cli demo made: a whole survey's demo data at once, so only admins. */
  | 'demo-data:remove';

const grants: Record<StaffRole, readonly Permission[]> = {
  admin: [
    'users:manage',
    'audit:read',
    'surveys:read',
    'surveys:write',
    'invitations:read',
    'invitations:write',
    'contacts:read',
    'results:read',
    'demo-data:remove',
  ],
  researcher: [
    'surveys:read',
    'surveys:write',
    'invitations:read',
    'invitations:write',
    'contacts:read',
    'results:read',
  ],
  analyst: ['surveys:read', 'results:read'],
  coordinator: ['surveys:read', 'invitations:read', 'invitations:write', 'results:read'],
};

export function permissionsOf(user: StaffUser): Permission[] {
  return [...grants[user.role]];
}

export function can(user: StaffUser, permission: Permission): boolean {
  return grants[user.role].includes(permission);
}

/** The member states whose data this user may see: all for every role but coordinators. */
export function countryScope(user: StaffUser): string[] | 'all' {
  return user.role === 'coordinator' ? user.countryCodes : 'all';
}

export function canSeeCountry(user: StaffUser, countryCode: string): boolean {
  const scope = countryScope(user);
  return scope === 'all' || scope.includes(countryCode);
}
