import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, parseCsv, toCsv } from '@/lib/participants/csv';

describe('parseCsv', () => {
  it('reads semicolon-separated lines with LF or CRLF and no trailing empty record', () => {
    expect(parseCsv('a;b;c\n1;2;3\n').records).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(parseCsv('a;b\r\n1;2\r\n')).toEqual({ delimiter: ';', records: [['a', 'b'], ['1', '2']], error: null });
    expect(parseCsv('a;b\r\n1;2').records).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a;b\r1;2\r').records).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps blank lines in the middle as records, so row numbers match the spreadsheet', () => {
    expect(parseCsv('a;b\n\n1;2\n').records).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('keeps empty fields, also at the end of a line', () => {
    expect(parseCsv('a;;c;\n').records).toEqual([['a', '', 'c', '']]);
  });

  it('reads quoted fields with separators, line breaks and "" escapes inside', () => {
    const text = 'Name;Anschrift;Notiz\r\n"Müller; Hans";"Hauptstr. 1\r\n44137 Dortmund";"Er sagte ""ja"""\r\n"";x;""""\r\n';
    expect(parseCsv(text).records).toEqual([
      ['Name', 'Anschrift', 'Notiz'],
      ['Müller; Hans', 'Hauptstr. 1\r\n44137 Dortmund', 'Er sagte "ja"'],
      ['', 'x', '"'],
    ]);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseCsv('\uFEFFKundennummer;Nachname\n').records).toEqual([['Kundennummer', 'Nachname']]);
  });

  it('takes the comma when the header uses it, and then keeps semicolons in values', () => {
    const parsed = parseCsv('\uFEFFa,b\n"1,5",x;y\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.records).toEqual([['a', 'b'], ['1,5', 'x;y']]);
  });

  it('keeps stray quotes inside unquoted fields as written', () => {
    expect(parseCsv('a;12" Zoll;"b"c\n').records).toEqual([['a', '12" Zoll', 'bc']]);
  });

  it('reports a quote that never closes with the row where it opened', () => {
    const parsed = parseCsv('a;b\n1;2\n3;"offen\n4;5\n');
    expect(parsed.error).toEqual({ row: 3, message: expect.stringContaining('Anführungszeichen') });
  });

  it('returns no records for an empty text', () => {
    expect(parseCsv('').records).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  it('prefers the semicolon, ignores separators in quotes and looks at the first line only', () => {
    expect(detectDelimiter('a;b,c\n')).toBe(';');
    expect(detectDelimiter('a,b\n1;2')).toBe(',');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('abc\n1,2')).toBe(';');
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeCsv(new TextEncoder().encode('Straße;Größe'))).toBe('Straße;Größe');
    expect(decodeCsv(new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x80, 0x84, 0x93, 0xe4]))).toBe('Straße;€„“ä');
  });
});

describe('toCsv', () => {
  it('writes semicolons, CRLF and a BOM by default, quoting only where needed', () => {
    expect(toCsv([['a', 'b'], ['Müller; Hans', 'Er sagte "ja"'], ['zwei\nZeilen', null], [42, undefined]])).toBe(
      '\uFEFFa;b\r\n"Müller; Hans";"Er sagte ""ja"""\r\n"zwei\nZeilen";\r\n42;\r\n',
    );
    expect(toCsv([['1,5', 'x;y']], { delimiter: ',', bom: false })).toBe('"1,5",x;y\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const out = toCsv([['=HYPERLINK("http://x";"klick")', '+49 231 123', '-2+3', '@SUM(A1)', '\t=1', 'harmlos=1']], { bom: false });
    expect(out).toBe('"\'=HYPERLINK(""http://x"";""klick"")";\'+49 231 123;\'-2+3;\'@SUM(A1);\'\t=1;harmlos=1\r\n');
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(toCsv([[-5, 0, 3.5]], { bom: false })).toBe('-5;0;3.5\r\n');
  });

  it('round-trips through the parser', () => {
    const rows = [['Kundennummer', 'Notiz'], ['123D456789', 'Zeile 1\r\nZeile 2; mit "Zitat"'], ['', '']];
    expect(parseCsv(toCsv(rows)).records).toEqual(rows);
  });
});
