// Euro amounts with cents (the shared formatEuroFromCents rounds to whole euros, which hides
// the cent-exact subsidy and minimum-wage figures) and weekly hours, de-DE.
const euroCents = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const hours = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const months = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Display only: integer cents (far below 2^53) divided once for Intl. */
export function formatEuroCents(cents: number | bigint): string {
  return euroCents.format(Number(cents) / 100);
}

export function formatHoursTenths(tenths: number): string {
  return hours.format(tenths / 10);
}

/** Thirtieths of a month as months with one decimal: 291 → "9,7". */
export function formatMonthsFromThirtieths(thirtieths: number): string {
  return months.format(thirtieths / 30);
}
