// When contacts and support services may still be recorded for an enrolment.
// Pure, so the participant page (to show the forms) and the use cases (to refuse) agree.
import { addMonthsBgb } from './legal-limits';

/**
 * Aftercare and follow-up talks (e.g. the 6- and 12-month sustainability checks, and the
 * coaching that continues after a subsidy ends) happen after the exit, so an exited
 * enrolment stays open for contacts and services for 12 months after its exit date.
 * After that the record is closed and only kept for the retention period.
 */
export const AFTERCARE_MONTHS_AFTER_EXIT = 12;

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar day in Germany, as UTC midnight (how DATE columns are stored). */
export function berlinToday(now: Date = new Date()): Date {
  return new Date(`${BERLIN_DAY.format(now)}T00:00:00Z`);
}

/** The last day on which an exited enrolment still takes contacts and services. */
export function activityClosesAfter(exitedAt: Date): Date {
  return new Date(addMonthsBgb(exitedAt, AFTERCARE_MONTHS_AFTER_EXIT).getTime() - 86_400_000);
}

/** Not exited, or exited less than 12 months before `today`. */
export function activityOpen(exitedAt: Date | null, today: Date = berlinToday()): boolean {
  return exitedAt === null || today.getTime() <= activityClosesAfter(exitedAt).getTime();
}
