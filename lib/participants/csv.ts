// CSV as German offices exchange it: Excel writes semicolons (the comma is the decimal
// separator), jobcenter exports often commas. RFC 4180 otherwise: fields in double quotes
// may hold the separator, line breaks and "" for a quote; CRLF or LF. Pure, no
// dependencies, safe in the browser.

export type CsvDelimiter = ';' | ',';

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Every record, blank lines included, so record i is row i + 1 as a spreadsheet counts. */
  records: string[][];
  /** A quote that never closes: the rest of the file cannot be read safely. */
  error: { row: number; message: string } | null;
}

const BOM = '\uFEFF';

/** Semicolon unless the header line uses commas and no semicolon (outside quotes). */
export function detectDelimiter(text: string): CsvDelimiter {
  let quoted = false;
  let commas = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') return ';';
    else if (!quoted && char === ',') commas++;
  }
  return commas > 0 ? ',' : ';';
}

export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input.replace(BOM, ''))): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteStartRow = records.length + 1;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      // A quote inside an unquoted field, or text after a closing quote, is kept as
      // written: Excel reads such files the same way.
      field += char;
    }
    i++;
  }
  if (quoted) {
    return { delimiter, records, error: { row: quoteStartRow, message: 'Ein Anführungszeichen wird nicht geschlossen; die Datei lässt sich ab hier nicht lesen.' } };
  }
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || record.length > 0) endRecord();
  return { delimiter, records, error: null };
}

/** The characters Windows-1252 puts at 0x80–0x9F (five codes are unassigned and kept). */
const CP1252_80_9F = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'];

/**
 * Bytes of an uploaded file as text: UTF-8 (with or without BOM), else Windows-1252,
 * which German Excel writes for "CSV (Trennzeichen-getrennt)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Spelled out: Node's TextDecoder reads "windows-1252" as Latin-1, which has no € or „“.
    let text = '';
    for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte);
    return text;
  }
}

export type CsvCell = string | number | null | undefined;

// OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a
// formula (=HYPERLINK(…), +cmd|…). An apostrophe makes it text; numbers are safe as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  if (text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r')) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/**
 * Rows to CSV text with CRLF line ends. With `bom` (the default) Excel recognises UTF-8;
 * without it, it would show umlauts as two characters.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], { delimiter = ';', bom = true }: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map((value) => cell(value, delimiter)).join(delimiter)).join('\r\n');
  return `${bom ? BOM : ''}${body}\r\n`;
}
