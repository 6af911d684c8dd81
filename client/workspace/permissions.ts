/**
 * What each role may do, so the workspace shows only what the user can use. It mirrors the grants in
 * server/auth/permissions.ts; the server enforces them, this only hides what would be refused.
 */
import type { StaffRole, StaffUser } from './types.ts';

export type Permission =
  | 'users:manage'
  | 'audit:read'
  | 'surveys:read'
  | 'surveys:write'
  | 'invitations:read'
  | 'invitations:write'
  | 'contacts:read'
  | 'results:read';

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

export function can(user: StaffUser, permission: Permission): boolean {
  return grants[user.role].includes(permission);
}

export const roleNames: Record<StaffRole, string> = {
  admin: 'Administrator',
  researcher: 'Researcher',
  analyst: 'Analyst (read only)',
  coordinator: 'Country coordinator',
};
