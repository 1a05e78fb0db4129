// The rules of the import, row by row and person by person. The same schemas as the
// forms (registering a person, entering a phase) and the same phase rules and SGB II
// limits decide, so an imported record could have been typed in by hand. Pure: the
// caller looks up projects, employers and existing records first.
import type { ExitReason, PhaseKind, SubsidyInstrument } from '../generated/prisma/enums';
import { EnterPhaseSchema, type EnterPhaseField } from '../casework/schema';
import { checkPhaseEntry, type FindingField, type PastPhase, type Transition } from '../casework/phase-rules';
import { addDays } from '../casework/legal-limits';
import { formatDay } from '../format';
import { RegisterParticipantSchema, type RegisterField, type RegisterParticipantInput } from './schema';
import {
  ACCEPTED, PERSON_COLUMNS, PHASE_COLUMNS, isoDay, parseEducationLevel, parseExitReason, parseInstrument, parsePhaseKind, parseSex,
  type ImportColumn,
} from './import-format';
import type { Issues, RawRow } from './import-table';

export interface ImportProject { id: string; name: string; shortName: string; transitions: readonly Transition[] }

export interface ImportContext {
  /** A project the actor may enrol into, by short name or name; null otherwise. */
  project(name: string): ImportProject | null;
  /** The employer of that name that belongs to the project. */
  employer(projectId: string, name: string): string | 'ambiguous' | null;
  /** Customer numbers already registered in the actor's jobcenter. */
  existingCustomerNumbers: ReadonlySet<string>;
  /** Pseudonyms of existing records with this name and birth day but another customer number. */
  sameNameAndBirth(input: Pick<RegisterParticipantInput, 'lastName' | 'firstName' | 'birthDate' | 'customerNumber'>): string[];
  today: Date;
}

export interface PreparedPhase {
  row: number;
  kind: PhaseKind;
  instrument: SubsidyInstrument | null;
  startDate: Date;
  endDate: Date | null;
  employerId: string | null;
  hoursPerWeek: number | null;
  monthlyWageCents: number | null;
  exitReason: ExitReason | null;
}

export interface PreparedPerson { row: number; input: RegisterParticipantInput; project: ImportProject; phases: PreparedPhase[] }

// Stand-ins for ids the schemas require but a file cannot carry; never written.
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const PERSON_FIELD_COLUMN: Record<RegisterField, ImportColumn> = {
  firstName: 'firstName', lastName: 'lastName', birthDate: 'birthDate', customerNumber: 'customerNumber', street: 'street',
  postalCode: 'postalCode', city: 'city', sex: 'sex', educationLevel: 'educationLevel', unemployedSince: 'unemployedSince',
  benefitYearsInLast7: 'benefitYearsInLast7', projectId: 'project', enrolledAt: 'enrolledAt', jobCoachId: 'project', confirmedDifferentPerson: 'customerNumber',
};
const PHASE_FIELD_COLUMN: Record<EnterPhaseField, ImportColumn> = {
  enrolmentId: 'phase', version: 'phase', kind: 'phase', startDate: 'phaseStart', plannedEndDate: 'phaseEnd', instrument: 'instrument',
  employerId: 'employer', hoursPerWeek: 'hoursPerWeek', monthlyWage: 'monthlyWage', exitReason: 'exitReason', warningsConfirmed: 'phase',
};
const FINDING_COLUMN: Record<FindingField, ImportColumn> = { kind: 'phase', startDate: 'phaseStart', plannedEndDate: 'phaseEnd', instrument: 'instrument' };

const DATE_MESSAGE = 'Kein gültiges Datum. Bitte TT.MM.JJJJ schreiben, z. B. 01.03.2019.';

/** Reads one cell through a word list; an unknown word is reported at its column. */
function lookup<T>(row: RawRow, column: ImportColumn, parse: (value: string) => T | null, message: string, issues: Issues): T | string {
  const value = row.values[column] ?? '';
  if (!value) return '';
  const parsed = parse(value);
  if (parsed === null) issues.error(row.row, column, message);
  return parsed ?? value;
}

function day(row: RawRow, column: ImportColumn, issues: Issues): string {
  return lookup(row, column, isoDay, DATE_MESSAGE, issues);
}

function readPerson(row: RawRow, context: ImportContext, issues: Issues) {
  const v = (column: ImportColumn) => row.values[column] ?? '';
  const projectName = v('project');
  const project = projectName ? context.project(projectName) : null;
  if (!projectName) issues.error(row.row, 'project', 'Bitte geben Sie den Kurznamen des Projekts an.');
  else if (!project) issues.error(row.row, 'project', 'Dieses Projekt steht Ihnen nicht zur Auswahl. Bitte den Kurznamen eines Projekts angeben, das auf der Importseite aufgeführt ist.');
  const raw = {
    firstName: v('firstName'), lastName: v('lastName'), customerNumber: v('customerNumber'),
    street: v('street'), postalCode: v('postalCode'), city: v('city'), benefitYearsInLast7: v('benefitYearsInLast7'),
    birthDate: day(row, 'birthDate', issues), unemployedSince: day(row, 'unemployedSince', issues), enrolledAt: day(row, 'enrolledAt', issues),
    sex: lookup(row, 'sex', parseSex, `Bitte ${ACCEPTED.sex} angeben.`, issues),
    educationLevel: lookup(row, 'educationLevel', parseEducationLevel, `Bitte ${ACCEPTED.educationLevel} angeben.`, issues),
    projectId: PLACEHOLDER_ID, jobCoachId: '',
  };
  const parsed = RegisterParticipantSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.error(row.row, PERSON_FIELD_COLUMN[issue.path[0] as RegisterField] ?? null, issue.message);
  }
  return parsed.success && project ? { input: { ...parsed.data, projectId: project.id }, project } : null;
}

/** The phase of a row, undefined if the row has none, null if it is not valid. */
function readPhase(row: RawRow, project: ImportProject | null, context: ImportContext, issues: Issues): PreparedPhase | null | undefined {
  if (PHASE_COLUMNS.every((column) => !row.values[column])) return undefined;
  const employerName = row.values.employer ?? '';
  let employerId = employerName ? PLACEHOLDER_ID : '';
  if (employerName && project) {
    const found = context.employer(project.id, employerName);
    if (found === 'ambiguous') issues.error(row.row, 'employer', 'Mehrere Arbeitgeber dieses Projekts tragen diesen Namen. Bitte lassen Sie sie im Portal eindeutig benennen.');
    else if (!found) issues.error(row.row, 'employer', 'Diesen Arbeitgeber gibt es in diesem Projekt nicht. Bitte den Namen so schreiben, wie er im Portal steht.');
    else employerId = found;
  }
  const parsed = EnterPhaseSchema.safeParse({
    enrolmentId: PLACEHOLDER_ID, version: '1',
    kind: lookup(row, 'phase', parsePhaseKind, `Unbekannte Phase. Möglich sind: ${ACCEPTED.phase}.`, issues),
    startDate: day(row, 'phaseStart', issues), plannedEndDate: day(row, 'phaseEnd', issues),
    instrument: lookup(row, 'instrument', parseInstrument, `Bitte ${ACCEPTED.instrument} angeben.`, issues),
    employerId, hoursPerWeek: row.values.hoursPerWeek ?? '', monthlyWage: row.values.monthlyWage ?? '',
    exitReason: lookup(row, 'exitReason', parseExitReason, `Bitte einen dieser Austrittsgründe angeben: ${ACCEPTED.exitReason}.`, issues),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.error(row.row, PHASE_FIELD_COLUMN[issue.path[0] as EnterPhaseField] ?? null, issue.message);
    return null;
  }
  const p = parsed.data;
  return {
    row: row.row, kind: p.kind, startDate: p.startDate, endDate: p.plannedEndDate ?? null,
    // As when entered by hand: a work opportunity without an instrument is one under §16d.
    instrument: p.instrument ?? (p.kind === 'WORK_OPPORTUNITY' ? 'PARA_16D' : null),
    employerId: p.employerId ?? null, hoursPerWeek: p.hoursPerWeek ?? null, monthlyWageCents: p.monthlyWage ?? null, exitReason: p.exitReason ?? null,
  };
}

/** How two rows' person cells compare: dates and listed words by what they mean, text ignoring case. */
function canonical(column: ImportColumn, value: string): string {
  const parse = { birthDate: isoDay, unemployedSince: isoDay, enrolledAt: isoDay, sex: parseSex, educationLevel: parseEducationLevel }[column as string];
  return (parse?.(value) ?? value).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Phases in time order under the project's model and the SGB II limits, each checked as if
 * entered after the one before it. The ends become what entering them would store: an open
 * phase ends the day before the next begins; an exit lasts one day.
 */
function checkSequence(person: { input: RegisterParticipantInput; project: ImportProject }, phases: PreparedPhase[], context: ImportContext, issues: Issues): void {
  phases.sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.row - b.row);
  const given = phases.map((p) => p.endDate);
  phases.forEach((phase, i) => {
    const next = phases[i + 1];
    if (phase.kind === 'EXIT') phase.endDate = phase.startDate;
    else if (!phase.endDate && next) phase.endDate = addDays(next.startDate, -1);
    if (given[i] && next && given[i]!.getTime() >= next.startDate.getTime()) {
      issues.error(phase.row, 'phaseEnd', `„Phase bis“ muss vor dem Beginn der folgenden Phase am ${formatDay(next.startDate)} (Zeile ${next.row}) liegen.`);
    }
  });
  const first = phases[0];
  if (first && first.startDate.getTime() < person.input.enrolledAt.getTime()) {
    issues.error(first.row, 'phaseStart', `Die erste Phase beginnt vor dem Eintritt am ${formatDay(person.input.enrolledAt)}.`);
  }
  const { input } = person;
  phases.forEach((phase, i) => {
    const previous = phases[i - 1];
    const history: PastPhase[] = phases.slice(0, i).map((p) => ({ kind: p.kind, instrument: p.instrument, startDate: p.startDate, endDate: p.endDate }));
    const check = checkPhaseEntry({
      transitions: person.project.transitions,
      current: previous ? { kind: previous.kind, startDate: previous.startDate } : null,
      entry: { kind: phase.kind, instrument: phase.instrument, startDate: phase.startDate, plannedEndDate: phase.kind === 'EXIT' ? null : phase.endDate },
      person: { birthDate: input.birthDate, unemployedSince: input.unemployedSince ?? null, benefitYearsInLast7: input.benefitYearsInLast7 ?? null },
      history,
      today: context.today,
    });
    for (const finding of check.findings) {
      if (finding.severity === 'error') issues.error(phase.row, FINDING_COLUMN[finding.field], finding.message);
      else if (finding.severity === 'warning') issues.warning(phase.row, FINDING_COLUMN[finding.field], finding.message);
    }
  });
}

// The SGB II limit checks take milliseconds per phase, so 5 000 rows keep a core busy for
// seconds; giving the event loop back now and then keeps the portal answering meanwhile.
const PEOPLE_PER_SLICE = 50;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Groups rows by customer number and checks each person; returns the people without errors. */
export async function checkRows(rows: readonly RawRow[], context: ImportContext, issues: Issues): Promise<{ people: PreparedPerson[]; participants: number; phases: number }> {
  const groups = new Map<string, RawRow[]>();
  for (const row of rows) {
    const key = (row.values.customerNumber ?? '').toUpperCase() || `#${row.row}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const people: PreparedPerson[] = [];
  const byNameAndBirth = new Map<string, number>();
  let phaseCount = 0;
  let checked = 0;
  for (const [customerNumber, group] of groups) {
    if (++checked % PEOPLE_PER_SLICE === 0) await nextTick();
    const [first, ...rest] = group as [RawRow, ...RawRow[]];
    const person = readPerson(first, context, issues);
    for (const row of rest) {
      for (const column of PERSON_COLUMNS) {
        const value = row.values[column] ?? '';
        // A later row may leave person cells empty; what it does say must match.
        if (value && canonical(column, value) !== canonical(column, first.values[column] ?? '')) {
          issues.error(row.row, column, `Weicht von Zeile ${first.row} ab. Alle Zeilen mit derselben Kundennummer beschreiben eine Person und brauchen dieselben Angaben zu Person und Zuweisung.`);
        }
      }
    }
    if (context.existingCustomerNumbers.has(customerNumber)) {
      issues.error(first.row, 'customerNumber', 'Zu dieser Kundennummer gibt es in Ihrem Jobcenter bereits einen Datensatz. Bitte tragen Sie weitere Phasen dort ein und nehmen Sie die Person aus der Datei.');
    }
    const phases: PreparedPhase[] = [];
    let phasesValid = true;
    for (const row of group) {
      const phase = readPhase(row, person?.project ?? (row.values.project ? context.project(row.values.project) : null), context, issues);
      if (phase === undefined && group.length > 1) {
        issues.error(row.row, 'phase', 'Bitte die Phase angeben: Hat eine Person mehrere Zeilen, beschreibt jede eine Phase.');
        phasesValid = false;
      } else if (phase === null) phasesValid = false;
      else if (phase) phases.push(phase);
    }
    phaseCount += group.filter((row) => PHASE_COLUMNS.some((column) => row.values[column])).length;
    if (!person) continue;
    if (phasesValid) checkSequence(person, phases, context, issues);

    const { lastName, firstName, birthDate } = person.input;
    const nameKey = `${lastName}|${firstName}|${birthDate.toISOString()}`.toLowerCase();
    const twin = byNameAndBirth.get(nameKey);
    if (twin !== undefined) issues.warning(first.row, 'customerNumber', `Gleicher Name und gleiches Geburtsdatum wie in Zeile ${twin}, aber eine andere Kundennummer. Bitte prüfen Sie, ob es dieselbe Person ist.`);
    else byNameAndBirth.set(nameKey, first.row);
    for (const pseudonym of context.sameNameAndBirth(person.input)) {
      issues.warning(first.row, 'lastName', `Es gibt bereits einen Datensatz mit gleichem Namen und Geburtsdatum (${pseudonym}), aber einer anderen Kundennummer. Ist es dieselbe Person, nehmen Sie sie bitte aus der Datei.`);
    }
    if (group.every((row) => !issues.hasError(row.row))) people.push({ row: first.row, ...person, phases });
  }
  return { people, participants: groups.size, phases: phaseCount };
}
