// Unique names for factory defaults, so tests can run side by side without clashing
// on unique columns (organisation name, e-mail, pseudonym …).
import { randomBytes } from 'node:crypto';

let counter = 0;

export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Not scrypt-shaped, so verifyPassword() always refuses it: staff that cannot sign in. */
export function unusablePasswordHash(): string {
  return `disabled$${randomBytes(24).toString('base64url')}`;
}
