// When the 6- and 12-month checks of a delivered hire fall due. Pure, so the tender page
// (which checks it offers) and the use case (which it accepts) agree.
import { addMonthsBgb } from '../casework/legal-limits';
import { FOLLOW_UP_EARLY_DAYS } from '../casework/follow-up-schema';
import type { CHECK_MONTHS } from './schema';

export type CheckMonths = (typeof CHECK_MONTHS)[number];

const DAY = 24 * 3600 * 1000;

/** The day the check falls due: the same calendar day n months after the hire. */
export function checkDueAt(hiredAt: Date, months: CheckMonths): Date {
  return addMonthsBgb(hiredAt, months);
}

/** The earliest day it may be recorded: as with the participants' follow-ups, two weeks ahead. */
export function checkOpensAt(hiredAt: Date, months: CheckMonths): Date {
  return new Date(checkDueAt(hiredAt, months).getTime() - FOLLOW_UP_EARLY_DAYS * DAY);
}

export function checkOpen(hiredAt: Date, months: CheckMonths, today: Date): boolean {
  return checkOpensAt(hiredAt, months).getTime() <= today.getTime();
}
