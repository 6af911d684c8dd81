/** Staff users, their member states (for coordinators) and their sessions. */
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { auditEvents, staffSessions, staffUserCountries, staffUsers } from '../schema.ts';
import { nowIso } from '../timestamps.ts';
import { type WriteTransaction, writeTransaction } from '../write-transaction.ts';
import { type Actor, toAuditRow } from './audit-repository.ts';

export type StaffRole = (typeof staffUsers.$inferSelect)['role'];
export type StaffUserRow = typeof staffUsers.$inferSelect;

export interface StaffUser {
  id: number;
  email: string;
  role: StaffRole;
  countryCodes: string[];
  createdAt: string;
  disabledAt: string | null;
  /** Set by an admin's password reset: until the user chooses a new password, they may do nothing else. */
  passwordChangeRequired: boolean;
}

export interface NewStaffUser {
  email: string;
  role: StaffRole;
  passwordHash: string;
  countryCodes: string[];
}

export interface SessionRecord {
  user: StaffUser;
  csrfToken: string;
  expiresAt: string;
}

/** Inserts a user with their member states and audits it, inside the caller's write transaction. */
function insertUser(tx: WriteTransaction, user: NewStaffUser, actor: Actor): StaffUserRow {
  const created = tx
    .insert(staffUsers)
    .values({ email: user.email, role: user.role, passwordHash: user.passwordHash, createdAt: nowIso() })
    .returning()
    .get();
  for (const countryCode of user.countryCodes) {
    tx.insert(staffUserCountries).values({ userId: created.id, countryCode }).run();
  }
  tx.insert(auditEvents)
    .values(
      toAuditRow({
        ...actor,
        action: 'staff_user.created',
        entityType: 'staff_user',
        entityId: created.id,
        after: { email: user.email, role: user.role, countryCodes: user.countryCodes },
      }),
    )
    .run();
  return created;
}

export function createStaffRepository(db: Database) {
  async function withCountries(row: StaffUserRow): Promise<StaffUser> {
    const countries = await db
      .select({ code: staffUserCountries.countryCode })
      .from(staffUserCountries)
      .where(eq(staffUserCountries.userId, row.id))
      .orderBy(asc(staffUserCountries.countryCode));
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      countryCodes: countries.map((country) => country.code),
      createdAt: row.createdAt,
      disabledAt: row.disabledAt,
      passwordChangeRequired: row.passwordChangeRequired,
    };
  }

  return {
    async count(): Promise<number> {
      const [result] = await db.select({ value: count() }).from(staffUsers);
      return result?.value ?? 0;
    },

    async create(user: NewStaffUser, actor: Actor): Promise<StaffUser> {
      return withCountries(writeTransaction(db, (tx) => insertUser(tx, user, actor)));
    },

    /**
     * The first user of an installation, unless there is one already: the check and the insert share the write
     * lock, so that server processes starting together on a fresh database create one, not one each (or crash on
     * the unique e-mail).
     */
    async createIfNoUsers(user: NewStaffUser, actor: Actor): Promise<StaffUser | undefined> {
      const row = writeTransaction(db, (tx) => {
        const [existing] = tx.select({ value: count() }).from(staffUsers).all();
        return (existing?.value ?? 0) > 0 ? undefined : insertUser(tx, user, actor);
      });
      return row ? withCountries(row) : undefined;
    },

    async findByEmail(email: string): Promise<StaffUserRow | undefined> {
      const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email));
      return row;
    },

    async findById(id: number): Promise<StaffUser | undefined> {
      const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
      return row ? withCountries(row) : undefined;
    },

    async list(): Promise<StaffUser[]> {
      const rows = await db.select().from(staffUsers).orderBy(asc(staffUsers.email));
      return Promise.all(rows.map(withCountries));
    },

    async setDisabled(id: number, disabled: boolean, actor: Actor): Promise<StaffUser | undefined> {
      const row = writeTransaction(db, (tx) => {
        const before = tx.select().from(staffUsers).where(eq(staffUsers.id, id)).get();
        if (!before) return undefined;
        const after = tx
          .update(staffUsers)
          .set({ disabledAt: disabled ? (before.disabledAt ?? nowIso()) : null })
          .where(eq(staffUsers.id, id))
          .returning()
          .get();
        if (disabled) tx.delete(staffSessions).where(eq(staffSessions.userId, id)).run();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action: disabled ? 'staff_user.disabled' : 'staff_user.enabled',
              entityType: 'staff_user',
              entityId: id,
              before: { disabledAt: before.disabledAt },
              after: { disabledAt: after.disabledAt },
            }),
          )
          .run();
        return after;
      });
      return row ? withCountries(row) : undefined;
    },

    /** Gives the user a new role and member states (none unless coordinator), audited; undefined if no such user. */
    async setRole(
      id: number,
      change: { role: StaffRole; countryCodes: string[] },
      actor: Actor,
    ): Promise<StaffUser | undefined> {
      const row = writeTransaction(db, (tx) => {
        // Read inside the transaction, as setDisabled does, so that the audited "before" is what was replaced.
        const before = tx.select().from(staffUsers).where(eq(staffUsers.id, id)).get();
        if (!before) return undefined;
        const beforeCountries = tx
          .select({ code: staffUserCountries.countryCode })
          .from(staffUserCountries)
          .where(eq(staffUserCountries.userId, id))
          .orderBy(asc(staffUserCountries.countryCode))
          .all()
          .map((country) => country.code);
        const after = tx
          .update(staffUsers)
          .set({ role: change.role })
          .where(eq(staffUsers.id, id))
          .returning()
          .get();
        tx.delete(staffUserCountries).where(eq(staffUserCountries.userId, id)).run();
        for (const countryCode of change.countryCodes)
          tx.insert(staffUserCountries).values({ userId: id, countryCode }).run();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action: 'staff_user.role_changed',
              entityType: 'staff_user',
              entityId: id,
              before: { role: before.role, countryCodes: beforeCountries },
              after: change,
            }),
          )
          .run();
        return after;
      });
      return row ? withCountries(row) : undefined;
    },

    /**
     * Replaces the user's password. An admin's reset (`requireChange`) signs the user out everywhere and makes them
     * choose a new password at the next sign-in; the user's own change clears that and also ends every session, the
     * caller starting a fresh one. Audited without the password or its hash; undefined if there is no such user.
     */
    async setPassword(
      id: number,
      change: { passwordHash: string; requireChange: boolean },
      actor: Actor,
    ): Promise<StaffUser | undefined> {
      const row = writeTransaction(db, (tx) => {
        const before = tx.select().from(staffUsers).where(eq(staffUsers.id, id)).get();
        if (!before) return undefined;
        const after = tx
          .update(staffUsers)
          .set({ passwordHash: change.passwordHash, passwordChangeRequired: change.requireChange })
          .where(eq(staffUsers.id, id))
          .returning()
          .get();
        tx.delete(staffSessions).where(eq(staffSessions.userId, id)).run();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action: change.requireChange ? 'staff_user.password_reset' : 'staff_user.password_changed',
              entityType: 'staff_user',
              entityId: id,
              before: { passwordChangeRequired: before.passwordChangeRequired },
              after: { passwordChangeRequired: change.requireChange, signedOut: true },
            }),
          )
          .run();
        return after;
      });
      return row ? withCountries(row) : undefined;
    },

    async createSession(session: {
      idHash: string;
      userId: number;
      csrfToken: string;
      expiresAt: string;
    }): Promise<void> {
      await db.insert(staffSessions).values({ ...session, createdAt: nowIso() });
    },

    /** The live session with this id hash, with its user; expired sessions and disabled users give nothing. */
    async findSession(idHash: string, now: string): Promise<SessionRecord | undefined> {
      const [row] = await db
        .select({ session: staffSessions, user: staffUsers })
        .from(staffSessions)
        .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
        .where(and(eq(staffSessions.idHash, idHash), gt(staffSessions.expiresAt, now)));
      if (!row || row.user.disabledAt) return undefined;
      return {
        user: await withCountries(row.user),
        csrfToken: row.session.csrfToken,
        expiresAt: row.session.expiresAt,
      };
    },

    async deleteSession(idHash: string): Promise<void> {
      await db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
