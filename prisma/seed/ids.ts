// Stable ids for reference data (organisations, projects, employers …): a UUID
// derived from a readable key, so the generator can know every id without asking
// the database, and two seeds of the same version agree on them.
import { createHash } from 'node:crypto';

export function stableId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`teilhabe-seed:${kind}:${key}`).digest('hex');
  // Shape it as a name-based UUID (version 5, RFC 4122 variant).
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
