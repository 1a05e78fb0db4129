const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('de-DE');
const day = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

export function formatEuroFromCents(cents: bigint | number): string {
  return euro.format(Number(cents) / 100);
}

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** DATE columns are calendar days stored as UTC midnight. */
export function formatDay(date: Date): string {
  return day.format(date);
}
