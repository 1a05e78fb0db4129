// The SGB II limits of the subsidised phases (as in force 2026), as pure functions.
// Periods follow the BGB rules that §26 SGB X applies to social law; see `countMonthUnits`.
import type { Finding, LimitSummary, PastPhase, PersonFacts, PhaseEntry, SubsidyStep } from './phase-rules';
import { formatDay } from '../format';

export interface LimitCheck { findings: Finding[]; limit: LimitSummary }

const DAY_MS = 86_400_000;
/** §191 BGB: a month of a period that need not run continuously counts as 30 days. */
export const DAYS_PER_MONTH = 30;

export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(utcDay(date).getTime() + days * DAY_MS);
}

/**
 * The first day after `months` calendar months that begin on `start` (§187 Abs. 2, §188 Abs. 2 BGB).
 * If that day number does not exist in the target month, the period ends with the month's last day
 * (§188 Abs. 3 BGB), so the next period starts on the 1st: 31 Jan + 1 month → 1 Mar;
 * 29 Feb 2000 + 25 years → 1 Mar 2025 (a leap-day child turns 25 on 1 March).
 */
export function addMonthsBgb(start: Date, months: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const d = start.getUTCDate();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return d <= lastDay ? new Date(Date.UTC(y, m, d)) : new Date(Date.UTC(y, m + 1, 1));
}

/**
 * Length of the days `start`…`endInclusive` in "month units" (1 month = 30 units): whole calendar
 * months first (§188 BGB), the days left over at 1/30 month each (§191 BGB). Integers, so sums
 * over several phases compare exactly: 1 Jan 2024 – 31 Dec 2025 = 720 = 24 months; one day more = 721.
 */
export function countMonthUnits(start: Date, endInclusive: Date): number {
  const from = utcDay(start);
  const after = addDays(endInclusive, 1);
  if (after.getTime() <= from.getTime()) return 0;
  let months = (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + after.getUTCMonth() - from.getUTCMonth();
  while (months > 0 && addMonthsBgb(from, months).getTime() > after.getTime()) months -= 1;
  const days = Math.round((after.getTime() - addMonthsBgb(from, months).getTime()) / DAY_MS);
  return months * DAYS_PER_MONTH + days;
}

/** Used amounts are rounded up, remaining amounts down: the portal never promises more than the law allows. */
export const monthsUp = (units: number): number => Math.ceil(units / 3) / 10;
export const monthsDown = (units: number): number => Math.floor(Math.max(0, units) / 3) / 10;

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
export function monthsText(months: number): string {
  return `${number.format(months)} ${months === 1 ? 'Monat' : 'Monate'}`;
}

/** The last end date from `start` for which `fits` still holds (checked day by day), or null. */
function latestEnd(start: Date, maxMonths: number, fits: (end: Date) => boolean): Date | null {
  let last: Date | null = null;
  const stop = addMonthsBgb(start, maxMonths + 1).getTime();
  for (let end = utcDay(start); end.getTime() < stop; end = addDays(end, 1)) {
    if (!fits(end)) break;
    last = end;
  }
  return last;
}

function endOf(phase: PastPhase, entryStart: Date, today: Date): Date {
  if (phase.endDate) return utcDay(phase.endDate);
  // An open phase counts up to today, and never into the new phase, which replaces it.
  const dayBefore = addDays(entryStart, -1);
  return utcDay(today).getTime() < dayBefore.getTime() ? utcDay(today) : dayBefore;
}

function unitsWithin(phases: readonly { start: Date; end: Date }[], from: Date, to: Date): number {
  return phases.reduce((sum, p) => {
    const start = p.start.getTime() > from.getTime() ? p.start : from;
    const end = p.end.getTime() < to.getTime() ? p.end : to;
    return sum + countMonthUnits(start, end);
  }, 0);
}

const AGH_MAX_MONTHS = 24;
const AGH_WINDOW_YEARS = 5;

/**
 * §16d Abs. 6 Satz 1 SGB II: at most 24 months of work opportunities within 5 years. The law's
 * window starts with the first work opportunity (Satz 2); checking every 5-year window that ends
 * in the new phase is stricter and needs no stored window start, so the portal does that. The
 * 12 further months of Satz 3 need a fresh check of Abs. 1 and 5 and are left to the jobcenter.
 */
export function checkWorkOpportunityLimit(entry: PhaseEntry, history: readonly PastPhase[], today: Date): LimitCheck {
  const max = AGH_MAX_MONTHS * DAYS_PER_MONTH;
  const start = utcDay(entry.startDate);
  const past = history
    .filter((p) => p.kind === 'WORK_OPPORTUNITY')
    .map((p) => ({ start: utcDay(p.startDate), end: endOf(p, start, today) }));
  const usedBefore = (end: Date) => unitsWithin(past, addMonthsBgb(addDays(end, 1), -AGH_WINDOW_YEARS * 12), end);
  const latest = latestEnd(start, AGH_MAX_MONTHS, (end) => usedBefore(end) + countMonthUnits(start, end) <= max);
  const plannedEnd = entry.plannedEndDate ? utcDay(entry.plannedEndDate) : null;
  const used = usedBefore(plannedEnd ?? addDays(start, -1));
  const findings: Finding[] = [];
  const until = latest ? ` Die Phase darf höchstens bis ${formatDay(latest)} dauern.` : ' Es verbleibt keine Zeit.';
  if (plannedEnd) {
    const planned = countMonthUnits(start, plannedEnd);
    if (used + planned > max) {
      findings.push({
        code: 'PARA_16D_LIMIT', severity: 'error', field: 'plannedEndDate',
        message: `Arbeitsgelegenheiten dürfen innerhalb von ${AGH_WINDOW_YEARS} Jahren höchstens ${AGH_MAX_MONTHS} Monate dauern (§ 16d Abs. 6 SGB II). ` +
          `In den ${AGH_WINDOW_YEARS} Jahren bis zum geplanten Ende sind bereits ${monthsText(monthsUp(used))} genutzt; ` +
          `mit dieser Phase (${monthsText(monthsUp(planned))}) wären es ${monthsText(monthsUp(used + planned))}.${until}`,
      });
    }
  } else if (!latest) {
    findings.push({
      code: 'PARA_16D_LIMIT', severity: 'error', field: 'startDate',
      message: `In den ${AGH_WINDOW_YEARS} Jahren vor dem Beginn sind die höchstens ${AGH_MAX_MONTHS} Monate Arbeitsgelegenheit bereits genutzt (§ 16d Abs. 6 SGB II).`,
    });
  } else {
    findings.push({
      code: 'PARA_16D_LIMIT', severity: 'warning', field: 'plannedEndDate',
      message: `Kein geplantes Ende angegeben: Es verbleiben höchstens ${monthsText(monthsDown(max - used))} Arbeitsgelegenheit (§ 16d Abs. 6 SGB II), also bis spätestens ${formatDay(latest)}.`,
    });
  }
  const remaining = monthsDown(max - used);
  return {
    findings,
    limit: {
      instrument: 'PARA_16D', usedMonths: monthsUp(used), maxMonths: AGH_MAX_MONTHS, windowYears: AGH_WINDOW_YEARS,
      remainingMonths: remaining, latestEndDate: latest, schedule: [],
      message: `Arbeitsgelegenheiten: ${number.format(monthsUp(used))} von höchstens ${AGH_MAX_MONTHS} Monaten in ${AGH_WINDOW_YEARS} Jahren genutzt; ` +
        `${monthsText(remaining)} ${remaining === 1 ? 'verbleibt' : 'verbleiben'}.`,
    },
  };
}

const LTU_MIN_UNEMPLOYED_MONTHS = 24;
const LTU_SUBSIDY_MONTHS = 24;

/**
 * §16e SGB II (Eingliederung von Langzeitarbeitslosen). Abs. 1: the person has been unemployed for
 * at least two years when the job starts, and the subsidy runs for the first two years of the
 * employment; Abs. 2: 75 % in the first year, 50 % in the second. A job that goes on after that is
 * no longer subsidised, so the phase ends with the subsidy.
 */
export function checkLongTermUnemployedSubsidy(entry: PhaseEntry, person: PersonFacts): LimitCheck {
  const start = utcDay(entry.startDate);
  const yearOneEnd = addDays(addMonthsBgb(start, 12), -1);
  const subsidyEnd = addDays(addMonthsBgb(start, LTU_SUBSIDY_MONTHS), -1);
  const findings: Finding[] = [];
  if (!person.unemployedSince) {
    findings.push({
      code: 'FACT_MISSING', severity: 'warning', field: 'instrument',
      message: 'Seit wann die Person arbeitslos ist, ist nicht erfasst; § 16e SGB II setzt bei Beginn mindestens 2 Jahre Arbeitslosigkeit voraus. Bitte prüfen und nachtragen.',
    });
  } else {
    const eligibleFrom = addMonthsBgb(utcDay(person.unemployedSince), LTU_MIN_UNEMPLOYED_MONTHS);
    if (start.getTime() < eligibleFrom.getTime()) {
      findings.push({
        code: 'PARA_16E_UNEMPLOYMENT', severity: 'error', field: 'instrument',
        message: `§ 16e SGB II setzt voraus, dass die Person bei Beginn seit mindestens 2 Jahren arbeitslos ist. Bei Arbeitslosigkeit seit ${formatDay(person.unemployedSince)} ` +
          `ist das erst ab ${formatDay(eligibleFrom)} der Fall; geplanter Beginn: ${formatDay(start)}.`,
      });
    }
  }
  if (entry.plannedEndDate && utcDay(entry.plannedEndDate).getTime() > subsidyEnd.getTime()) {
    findings.push({
      code: 'PARA_16E_DURATION', severity: 'error', field: 'plannedEndDate',
      message: `Der Lohnkostenzuschuss nach § 16e SGB II wird höchstens ${LTU_SUBSIDY_MONTHS} Monate gezahlt, also bis ${formatDay(subsidyEnd)}; ` +
        `geplant sind ${monthsText(monthsUp(countMonthUnits(start, entry.plannedEndDate)))}. Die Zeit danach bitte als ungeförderte Beschäftigung erfassen.`,
    });
  }
  return {
    findings,
    limit: {
      instrument: 'PARA_16E', usedMonths: null, maxMonths: LTU_SUBSIDY_MONTHS, windowYears: null, remainingMonths: null,
      latestEndDate: subsidyEnd,
      schedule: [
        { percent: 75, from: start, until: yearOneEnd },
        { percent: 50, from: addDays(yearOneEnd, 1), until: subsidyEnd },
      ],
      message: `Lohnkostenzuschuss nach § 16e: 75 % im ersten Jahr (bis ${formatDay(yearOneEnd)}), 50 % im zweiten Jahr (bis ${formatDay(subsidyEnd)}).`,
    },
  };
}

const TAM_MAX_MONTHS = 60;
const TAM_MIN_AGE = 25;
const TAM_MIN_BENEFIT_YEARS = 6;
/** §16i Abs. 2 SGB II: the subsidy per year of the employment. */
const TAM_RATES = [100, 100, 90, 80, 70] as const;

function tamSchedule(start: Date, last: Date): { steps: SubsidyStep[]; text: string } {
  const steps: (SubsidyStep & { years: number[] })[] = [];
  TAM_RATES.forEach((percent, i) => {
    const from = addMonthsBgb(start, 12 * i);
    if (from.getTime() > last.getTime()) return;
    const yearEnd = addDays(addMonthsBgb(start, 12 * (i + 1)), -1);
    const until = yearEnd.getTime() < last.getTime() ? yearEnd : last;
    const previous = steps[steps.length - 1];
    if (previous && previous.percent === percent) {
      previous.until = until;
      previous.years.push(i + 1);
    } else steps.push({ percent, from, until, years: [i + 1] });
  });
  const text = steps
    .map((s) => `${s.percent} % im ${s.years.map((y) => `${y}.`).join(' und ')} Jahr (bis ${formatDay(s.until)})`)
    .join(', ');
  return { steps: steps.map(({ percent, from, until }) => ({ percent, from, until })), text };
}

/**
 * §16i SGB II (Teilhabe am Arbeitsmarkt). Abs. 3 Nr. 1: 25th year of life completed on the first
 * working day; Nr. 2: benefits under SGB II in at least 6 of the last 7 years; Nr. 4 and Abs. 10:
 * at most 5 years of subsidy per person in total, never renewed. Nr. 3 (hardly any employment in
 * that time) and the special rules for severely disabled people and households with a minor child
 * need facts the portal does not hold; the jobcenter decides them.
 */
export function checkLabourMarketParticipation(
  entry: PhaseEntry, person: PersonFacts, history: readonly PastPhase[], today: Date,
): LimitCheck {
  const start = utcDay(entry.startDate);
  const findings: Finding[] = [];
  const missing = (message: string) => findings.push({ code: 'FACT_MISSING', severity: 'warning', field: 'instrument', message });
  if (!person.birthDate) {
    missing(`Das Geburtsdatum ist nicht erfasst; § 16i SGB II setzt bei Beginn ein Alter von mindestens ${TAM_MIN_AGE} Jahren voraus.`);
  } else {
    const from = addMonthsBgb(utcDay(person.birthDate), TAM_MIN_AGE * 12);
    if (start.getTime() < from.getTime()) {
      findings.push({
        code: 'PARA_16I_AGE', severity: 'error', field: 'instrument',
        message: `§ 16i SGB II setzt voraus, dass die Person bei Beginn mindestens ${TAM_MIN_AGE} Jahre alt ist; das ist erst ab ${formatDay(from)} der Fall, geplanter Beginn: ${formatDay(start)}.`,
      });
    }
  }
  if (person.benefitYearsInLast7 === null) {
    missing(`Wie viele der letzten 7 Jahre die Person Leistungen nach dem SGB II erhalten hat, ist nicht erfasst; § 16i SGB II setzt mindestens ${TAM_MIN_BENEFIT_YEARS} Jahre voraus. Bitte prüfen und nachtragen.`);
  } else if (person.benefitYearsInLast7 < TAM_MIN_BENEFIT_YEARS) {
    findings.push({
      code: 'PARA_16I_BENEFITS', severity: 'error', field: 'instrument',
      message: `§ 16i SGB II setzt Leistungen nach dem SGB II in mindestens ${TAM_MIN_BENEFIT_YEARS} der letzten 7 Jahre voraus; erfasst ${person.benefitYearsInLast7 === 1 ? 'ist 1 Jahr' : `sind ${person.benefitYearsInLast7} Jahre`}. ` +
        'Sonderregeln für schwerbehinderte Menschen und Bedarfsgemeinschaften mit minderjährigem Kind prüft das Portal nicht.',
    });
  }
  const max = TAM_MAX_MONTHS * DAYS_PER_MONTH;
  const used = history
    .filter((p) => p.instrument === 'PARA_16I')
    .reduce((sum, p) => sum + countMonthUnits(p.startDate, endOf(p, start, today)), 0);
  const latest = latestEnd(start, TAM_MAX_MONTHS, (end) => used + countMonthUnits(start, end) <= max);
  const remaining = monthsDown(max - used);
  const limitText = `Die Förderung nach § 16i SGB II ist je Person auf insgesamt ${TAM_MAX_MONTHS} Monate begrenzt (§ 16i Abs. 10 SGB II).`;
  const plannedEnd = entry.plannedEndDate ? utcDay(entry.plannedEndDate) : null;
  if (plannedEnd && used + countMonthUnits(start, plannedEnd) > max) {
    const planned = countMonthUnits(start, plannedEnd);
    findings.push({
      code: 'PARA_16I_LIMIT', severity: 'error', field: 'plannedEndDate',
      message: `${limitText} Bereits genutzt: ${monthsText(monthsUp(used))}; geplant: ${monthsText(monthsUp(planned))}; zusammen ${monthsText(monthsUp(used + planned))}. ` +
        (latest ? `Es ${remaining === 1 ? 'verbleibt' : 'verbleiben'} ${monthsText(remaining)}, die Phase darf höchstens bis ${formatDay(latest)} dauern.` : 'Es verbleibt keine Förderzeit.'),
    });
  } else if (!latest) {
    findings.push({
      code: 'PARA_16I_LIMIT', severity: 'error', field: 'instrument',
      message: `${limitText} Die ${TAM_MAX_MONTHS} Monate sind bereits genutzt.`,
    });
  } else if (!plannedEnd) {
    findings.push({
      code: 'PARA_16I_LIMIT', severity: 'info', field: 'plannedEndDate',
      message: `Kein geplantes Ende angegeben: Der Zuschuss nach § 16i SGB II kann höchstens bis ${formatDay(latest)} gezahlt werden (${monthsText(remaining)}).`,
    });
  }
  const last = plannedEnd && latest && plannedEnd.getTime() < latest.getTime() ? plannedEnd : latest;
  const schedule = last ? tamSchedule(start, last) : null;
  return {
    findings,
    limit: {
      instrument: 'PARA_16I', usedMonths: monthsUp(used), maxMonths: TAM_MAX_MONTHS, windowYears: null,
      remainingMonths: remaining, latestEndDate: latest, schedule: schedule?.steps ?? [],
      message: `Teilhabe am Arbeitsmarkt (§ 16i): ${number.format(monthsUp(used))} von höchstens ${TAM_MAX_MONTHS} Monaten genutzt; ` +
        `${monthsText(remaining)} ${remaining === 1 ? 'verbleibt' : 'verbleiben'}.` +
        (schedule ? ` Lohnkostenzuschuss: ${schedule.text}.` : ''),
    },
  };
}
