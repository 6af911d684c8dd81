/**
 * Permission names and role names. What a user may do comes from the server with the session
 * (server/auth/permissions.ts is the one source); the workspace only hides what would be refused.
 */
import type { StaffRole } from './types.ts';

export type Permission =
  | 'users:manage'
  | 'audit:read'
  | 'surveys:read'
  | 'surveys:write'
  | 'invitations:read'
  | 'invitations:write'
  | 'contacts:read'
  | 'results:read';

export const roleNames: Record<StaffRole, string> = {
  admin: 'Administrator',
  researcher: 'Researcher',
  analyst: 'Analyst (read only)',
  coordinator: 'Country coordinator',
};
