/**
 * Invitation tokens: 256 random bits, base64url (43 characters, URL-safe). Only the sha256 is stored, so a copy of
 * the database does not let anyone answer in a ministry's name.
 */
import { hash, randomBytes } from 'node:crypto';

export const tokenPattern = '^[A-Za-z0-9_-]{43}$';
const tokenRegExp = new RegExp(tokenPattern);

export function generateInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** On every respondent request: the one-shot hash, without createHash's object (a third of the time). */
export function hashInvitationToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** A well-formed token can be looked up; anything else is refused without touching the database. */
export function isWellFormedToken(token: string): boolean {
  return tokenRegExp.test(token);
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/r/${token}`;
}
