/**
 * Role names for people. What a user may do comes from the server with the session; the permission names are the
 * server's own type (server/auth/permissions.ts, the one source), and the workspace only hides what would be refused.
 */
import type { StaffRole } from './types.ts';

export type { Permission } from '../../server/auth/permissions.ts';

export const roleNames: Record<StaffRole, string> = {
  admin: 'Administrator',
  researcher: 'Researcher',
  analyst: 'Analyst (read only)',
  coordinator: 'Country coordinator',
};
