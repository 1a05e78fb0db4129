/**
 * Euro amounts typed by people, German or plain: "2.345,67", "2345,67", "2345.67",
 * "2345". Returns integer cents, or null if it is not an amount. Never a float.
 */
export function parseEuroToCents(input: string): number | null {
  const text = input.trim().replace(/\s|€/g, '');
  const german = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/;
  const plain = /^\d+(\.\d{1,2})?$/;
  let euros: string;
  let cents: string;
  if (german.test(text)) [euros = '', cents = ''] = text.replace(/\./g, '').split(',');
  else if (plain.test(text)) [euros = '', cents = ''] = text.split('.');
  else return null;
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(value) ? value : null;
}
