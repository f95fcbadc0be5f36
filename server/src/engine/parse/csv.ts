// RFC 4180 CSV with positions: quoted fields, doubled quotes, CRLF. Used for the spreadsheet form
// of the asset inventory.
import type { Range } from '../types';

export interface CsvCell {
  value: string;
  range: Range;
}

export interface ParsedCsv {
  header: CsvCell[];
  rows: CsvCell[][];
  /** Offset where each data row starts (for pointing at a whole row). */
  rowStarts: number[];
}

export function parseCsv(text: string): ParsedCsv {
  const records: CsvCell[][] = [];
  const starts: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const row: CsvCell[] = [];
    starts.push(i);
    for (;;) {
      let value = '';
      let start = i;
      let end = i;
      if (text[i] === '"') {
        start = i + 1;
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            value += text.slice(i);
            i = n;
            end = n;
            break;
          }
          value += text.slice(i, q);
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            end = q;
            i = q + 1;
            break;
          }
        }
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        value = text.slice(start, i);
        end = i;
      }
      row.push({ value: value.trim(), range: { start, end } });
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (!(row.length === 1 && row[0]!.value === '')) records.push(row);
    else starts.pop();
  }
  const [header = [], ...rows] = records;
  return { header, rows, rowStarts: starts.slice(1) };
}
