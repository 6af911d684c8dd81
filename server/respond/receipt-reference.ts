/** Receipt reference codes: readable over the phone, no ambiguous letters (Crockford base32), e.g. TJ-TH-7K3M-Q9XP. */
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReceiptReference(countryCode: string): string {
  const bytes = randomBytes(8);
  const characters = [...bytes].map((byte) => alphabet[byte % 32]).join('');
  return `TJ-${countryCode}-${characters.slice(0, 4)}-${characters.slice(4, 8)}`;
}
