/** Adding staff users (CLI, admin page, first start) with the same rules everywhere. */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { StaffRole, StaffUser } from '../db/repositories/staff-repository.ts';
import { type ErrorDetail, errors } from '../errors.ts';
import { isMemberStateCode } from '../reference/member-states.ts';
import { passwordProblem } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { staffRoles } from './permissions.ts';

export interface StaffUserRequest {
  email: string;
  role: StaffRole;
  password: string;
  countryCodes?: string[];
}

const emailPattern = /^[^\s@]+@[^\s@]+$/;

export async function addStaffUser(
  repositories: Repositories,
  request: StaffUserRequest,
  actor: Actor,
): Promise<StaffUser> {
  const { email, countryCodes, passwordHash } = await checkedNewUser(repositories, request);
  return repositories.staff.create({ email, role: request.role, countryCodes, passwordHash }, actor);
}

/** The checks of a new user (plain-words problems, 400), and what to store. */
async function checkedNewUser(
  repositories: Repositories,
  request: StaffUserRequest,
  { emailMustBeFree = true } = {},
): Promise<{ email: string; countryCodes: string[]; passwordHash: string }> {
  const email = request.email.trim().toLowerCase();
  const countryCodes = [...new Set((request.countryCodes ?? []).map((code) => code.toUpperCase()))];
  const problems: ErrorDetail[] = [];
  if (!emailPattern.test(email))
    problems.push({ field: 'email', message: `"${request.email}" is not an e-mail address` });
  if (!staffRoles.includes(request.role))
    problems.push({ field: 'role', message: `role must be one of ${staffRoles.join(', ')}` });
  const weakPassword = passwordProblem(request.password, { email });
  if (weakPassword) problems.push({ field: 'password', message: weakPassword });
  problems.push(...roleCountryProblems(request.role, countryCodes));
  if (problems.length === 0 && emailMustBeFree && (await repositories.staff.findByEmail(email))) {
    problems.push({ field: 'email', message: `a user with the e-mail ${email} already exists` });
  }
  if (problems.length > 0) throw errors.validationFailed('The user could not be added.', problems);
  return { email, countryCodes, passwordHash: await hashPassword(request.password) };
}

/** What is wrong with giving `role` these member states: coordinators need at least one, other roles none. */
function roleCountryProblems(role: StaffRole, countryCodes: readonly string[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const code of countryCodes) {
    if (!isMemberStateCode(code))
      problems.push({ field: 'countryCodes', message: `"${code}" is not an ASEAN member state code` });
  }
  if (role === 'coordinator' && countryCodes.length === 0) {
    problems.push({
      field: 'countryCodes',
      message: 'a country coordinator needs at least one member state',
    });
  }
  if (role !== 'coordinator' && countryCodes.length > 0) {
    problems.push({ field: 'countryCodes', message: 'only coordinators are limited to member states' });
  }
  return problems;
}

/**
 * Gives a staff user another role and member states, with the rules of addStaffUser. Admins cannot change their
 * own role, so that the last admin cannot leave the study without one by mistake.
 */
export async function changeStaffRole(
  repositories: Repositories,
  userId: number,
  change: { role: StaffRole; countryCodes?: string[] | undefined },
  actor: Actor,
): Promise<StaffUser> {
  if (actor.actorUserId === userId) throw errors.conflict('You cannot change your own role.');
  const countryCodes = [...new Set((change.countryCodes ?? []).map((code) => code.toUpperCase()))].sort();
  const problems = roleCountryProblems(change.role, countryCodes);
  if (problems.length > 0) throw errors.validationFailed('The role was not changed.', problems);
  const user = await repositories.staff.setRole(userId, { role: change.role, countryCodes }, actor);
  if (!user) throw errors.notFound(`User ${userId}`);
  return user;
}

/** A password nobody chose: 120 random bits, shown once (first admin, a reset) and to be replaced. */
function oneTimePassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * An admin's password reset: the user is signed out everywhere, gets a one-time password (returned to be shown
 * once, never stored in clear or logged) and must choose their own at the next sign-in. Admins change their own
 * password with changeOwnPassword instead, so that a reset never locks the one doing it out.
 */
export async function resetStaffPassword(
  repositories: Repositories,
  userId: number,
  actor: Actor,
): Promise<{ user: StaffUser; oneTimePassword: string }> {
  if (actor.actorUserId === userId)
    throw errors.conflict('You cannot reset your own password here: change it with your current password.');
  const password = oneTimePassword();
  const user = await repositories.staff.setPassword(
    userId,
    { passwordHash: await hashPassword(password), requireChange: true },
    actor,
  );
  if (!user) throw errors.notFound(`User ${userId}`);
  return { user, oneTimePassword: password };
}

/**
 * A signed-in user replaces their password, knowing the current one (a one-time password included). The new one
 * follows the policy of addStaffUser and must differ from the current one. Every session of the user ends.
 */
export async function changeOwnPassword(
  repositories: Repositories,
  user: StaffUser,
  change: { currentPassword: string; newPassword: string },
  actor: Actor,
): Promise<StaffUser> {
  const stored = await repositories.staff.findByEmail(user.email);
  if (!stored || !(await verifyPassword(stored.passwordHash, change.currentPassword))) {
    throw errors.validationFailed('The password was not changed.', [
      { field: 'currentPassword', message: 'the current password is not correct' },
    ]);
  }
  const weakPassword =
    change.newPassword === change.currentPassword
      ? 'the new password must differ from the current one'
      : passwordProblem(change.newPassword, { email: user.email });
  if (weakPassword)
    throw errors.validationFailed('The password was not changed.', [
      { field: 'newPassword', message: weakPassword },
    ]);
  const changed = await repositories.staff.setPassword(
    user.id,
    { passwordHash: await hashPassword(change.newPassword), requireChange: false },
    actor,
  );
  if (!changed) throw errors.notFound(`User ${user.id}`);
  return changed;
}

export interface InitialAdmin {
  email: string;
  /** Set only when the password was generated here: it must be shown once. */
  generatedPassword?: string;
}

/** On the first start with no users, creates an admin with ADMIN_PASSWORD or a one-time random password. */
export async function ensureInitialAdmin(
  repositories: Repositories,
  options: { email: string; password?: string | undefined },
): Promise<InitialAdmin | undefined> {
  if ((await repositories.staff.count()) > 0) return undefined;
  const generatedPassword = options.password ? undefined : oneTimePassword();
  const request = {
    email: options.email,
    role: 'admin' as const,
    password: options.password ?? (generatedPassword as string),
  };
  // The first user cannot clash: createIfNoUsers adds it only to an empty table.
  const { email, countryCodes, passwordHash } = await checkedNewUser(repositories, request, {
    emailMustBeFree: false,
  });
  // Another process starting on the same fresh database may have created it meanwhile: then it printed the password.
  const created = await repositories.staff.createIfNoUsers(
    { email, role: 'admin', countryCodes, passwordHash },
    { actorLabel: 'system' },
  );
  if (!created) return undefined;
  return { email: options.email, ...(generatedPassword ? { generatedPassword } : {}) };
}
