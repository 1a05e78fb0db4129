// From the uploaded text to rows of named values: size limits, the header line, blank
// and repeated lines. Everything found is collected, so the preview lists it all at once.
import { parseCsv } from './csv';
import {
  COLUMN_HEADER, IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_REPORTED_ISSUES,
  columnForHeader, type ImportColumn, type ImportIssue,
} from './import-format';

export type RawValues = Partial<Record<ImportColumn, string>>;
export interface RawRow { row: number; values: RawValues }

export interface Issues {
  readonly errors: ImportIssue[];
  readonly warnings: ImportIssue[];
  errorCount: number;
  warningCount: number;
  /** Keeps the first error per row and column: the most specific one is added first. */
  error(row: number | null, column: ImportColumn | null, message: string): void;
  warning(row: number | null, column: ImportColumn | null, message: string): void;
  hasError(row: number): boolean;
}

export function createIssues(): Issues {
  const seen = new Set<string>();
  const rowsWithErrors = new Set<number>();
  const issues: Issues = {
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    error(row, column, message) {
      const key = `${row}|${column}`;
      if (column !== null && seen.has(key)) return;
      seen.add(key);
      if (row !== null) rowsWithErrors.add(row);
      issues.errorCount++;
      if (issues.errors.length < MAX_REPORTED_ISSUES) issues.errors.push({ row, column: column && COLUMN_HEADER[column], message });
    },
    warning(row, column, message) {
      issues.warningCount++;
      if (issues.warnings.length < MAX_REPORTED_ISSUES) issues.warnings.push({ row, column: column && COLUMN_HEADER[column], message });
    },
    hasError: (row) => rowsWithErrors.has(row),
  };
  return issues;
}

const numberDe = new Intl.NumberFormat('de-DE');

/**
 * The data rows with their spreadsheet row numbers (rows with errors of their own left out),
 * and how many non-blank rows the file has; null if the file cannot be checked further.
 */
export function readImportTable(text: string, issues: Issues): { rows: RawRow[]; dataRows: number } | null {
  // Measured as UTF-8, the form in which the confirmation sends the text back.
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    issues.error(null, null, `Die Datei ist größer als ${numberDe.format(MAX_IMPORT_BYTES / 1_000_000)} MB. Bitte teilen Sie sie in mehrere Dateien auf.`);
    return null;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    issues.error(null, null, 'Die Datei ist leer.');
    return null;
  }
  const parsed = parseCsv(text);
  if (parsed.error) {
    issues.error(parsed.error.row, null, parsed.error.message);
    return null;
  }
  const [header = [], ...records] = parsed.records;
  const columns = readHeader(header, issues);
  if (!columns) return null;

  const dataRows = records.filter((cells) => cells.some((c) => c.trim() !== '')).length;
  if (dataRows === 0) {
    issues.error(null, null, 'Die Datei enthält nur die Kopfzeile, keine Teilnehmenden.');
    return null;
  }
  if (dataRows > MAX_IMPORT_ROWS) {
    issues.error(null, null, `Die Datei hat ${numberDe.format(dataRows)} Zeilen; höchstens ${numberDe.format(MAX_IMPORT_ROWS)} lassen sich auf einmal importieren. Bitte teilen Sie sie auf.`);
    return null;
  }

  const rows: RawRow[] = [];
  const firstSeen = new Map<string, number>();
  records.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    // More fields than headers usually means a separator inside an unquoted value ("Müller; Hans").
    if (cells.slice(columns.length).some((c) => c.trim() !== '')) {
      issues.error(row, null, `Die Zeile hat ${cells.length} Felder, die Kopfzeile nur ${columns.length}. Enthält ein Wert das Trennzeichen „${parsed.delimiter}“, muss er in Anführungszeichen stehen.`);
      return;
    }
    const values: RawValues = {};
    columns.forEach((column, i) => {
      if (column) values[column] = (cells[i] ?? '').trim();
    });
    const key = JSON.stringify(values);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      issues.error(row, null, `Die Zeile wiederholt Zeile ${first}.`);
      return;
    }
    firstSeen.set(key, row);
    rows.push({ row, values });
  });
  return { rows, dataRows };
}

/** The column of each header cell (null = unknown, ignored), or null if the header is unusable. */
function readHeader(header: string[], issues: Issues): (ImportColumn | null)[] | null {
  const columns = header.map((cell) => columnForHeader(cell));
  let usable = true;
  const seen = new Set<ImportColumn>();
  columns.forEach((column, i) => {
    const text = header[i]!.trim();
    if (!column) {
      if (text) issues.warning(1, null, `Die Spalte „${text}“ ist unbekannt und wird nicht importiert.`);
      return;
    }
    if (seen.has(column)) {
      issues.error(1, column, `Die Spalte „${COLUMN_HEADER[column]}“ kommt zweimal vor.`);
      usable = false;
    }
    seen.add(column);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.key)) {
      issues.error(1, column.key, `Die Pflichtspalte „${column.header}“ fehlt in der Kopfzeile.`);
      usable = false;
    }
  }
  return usable ? columns : null;
}
