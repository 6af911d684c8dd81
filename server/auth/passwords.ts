/** Password hashing with argon2id (memory-hard), via @node-rs/argon2's prebuilt binaries: no compiler needed. */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Used when the e-mail is unknown, so that a login takes as long whether or not the account exists. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-password-but-same-cost');
  await verifyPassword(await dummyHash, password);
  return false;
}
