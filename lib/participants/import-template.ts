import 'server-only';
import type { ActorContext } from '../auth/authorize';
import { allowedNextKinds, PHASE_LABELS } from '../casework/phase-rules';
import { toCsv } from './csv';
import { IMPORT_COLUMNS, type ImportColumn } from './import-format';
import { listImportProjects } from './import-participants';
import de from '../../messages/de.json';

/**
 * A CSV file to fill in: the header line and one made-up person whose phases follow the
 * model of the actor's first project, so the example passes the check as it is. No
 * personal data: the name is the German placeholder name, the customer number invented.
 */
export async function getImportTemplate(actor: ActorContext): Promise<string | null> {
  const [project] = await listImportProjects(actor);
  if (!project) return null;
  const first = allowedNextKinds(project.transitions, null)[0] ?? 'PROFILING';
  const exit = allowedNextKinds(project.transitions, first).includes('EXIT');
  const person: Partial<Record<ImportColumn, string>> = {
    customerNumber: '123D456789', lastName: 'Mustermann', firstName: 'Erika', birthDate: '15.06.1975', sex: 'w',
    educationLevel: 'ISCED 3-4', unemployedSince: '01.01.2016', benefitYearsInLast7: '7', street: 'Musterstraße 1',
    postalCode: '12345', city: 'Musterstadt', project: project.shortName, enrolledAt: '01.03.2019',
  };
  const phases: Partial<Record<ImportColumn, string>>[] = [
    { phase: PHASE_LABELS[first], phaseStart: '01.03.2019', phaseEnd: exit ? '' : '31.05.2019' },
    ...(exit ? [{ phase: PHASE_LABELS.EXIT, phaseStart: '01.06.2019', exitReason: de.participants.exitReasons.COMPLETED }] : []),
  ];
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const rows = phases.map((phase) => IMPORT_COLUMNS.map((c) => ({ ...person, ...phase })[c.key] ?? ''));
  return toCsv([header, ...rows]);
}
