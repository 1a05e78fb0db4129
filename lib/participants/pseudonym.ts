import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a pseudonym is read aloud on the phone and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newPseudonym(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `TN-${code}`;
}
