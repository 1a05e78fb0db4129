import 'server-only';
import { db } from '../db';
import { audit } from '../audit';
import type { ActorContext } from '../auth/authorize';
import type { PhaseKind } from '../generated/prisma/enums';
import { toCsv, type CsvCell } from './csv';
import { listParticipants, type ListFilter } from './list-participants';

export const EXPORT_PAGE = 1000;

export interface ExportLabels {
  pseudonym: string;
  lastName: string;
  firstName: string;
  customerNumber: string;
  project: string;
  phase: string;
  phaseName: (kind: PhaseKind | 'NONE') => string;
}

/**
 * The filtered participant list as CSV chunks, one per page of EXPORT_PAGE (keyset,
 * so memory stays flat however long the list is). Pseudonymous unless `identify`:
 * then name and customer number are added and the read is audited as such. Every
 * page is audited as an export with its ids.
 */
export async function* exportParticipants(
  actor: ActorContext, filter: ListFilter, identify: boolean, labels: ExportLabels, today: Date = new Date(),
): AsyncGenerator<string> {
  const header: CsvCell[] = [labels.pseudonym, ...(identify ? [labels.lastName, labels.firstName, labels.customerNumber] : []), labels.project, labels.phase];
  let cursor: string | undefined;
  let first = true;
  do {
    const { rows, next } = await listParticipants(actor, { ...filter, nach: cursor }, { pageSize: EXPORT_PAGE, identify, purpose: 'export', today });
    const lines = rows.map((r): CsvCell[] => [
      r.pseudonym,
      ...(identify ? [r.lastName, r.firstName, r.customerNumber] : []),
      r.project,
      labels.phaseName(r.phase ?? 'NONE'),
    ]);
    if (rows.length > 0) await audit(db, actor, 'export', 'Participant', null, { ids: rows.map((r) => r.id), identifying: identify });
    yield toCsv(first ? [header, ...lines] : lines, { bom: first });
    first = false;
    cursor = next ?? undefined;
  } while (cursor);
}
