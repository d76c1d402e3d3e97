// Reads an uploaded roster file into rows of text, in a worker thread (workers/run-sheet-job.ts) so a 20 MB file
// never holds the host: .xlsx through the host's streaming spreadsheet reader, .csv here (UTF-8 with or without
// BOM, or GB18030 as Excel in China saves it). The kind is judged from the bytes, never from the file's name, and
// reading stops at the row past MAX_ROSTER_ROWS.
import { MAX_ROSTER_ROWS, type BranchDirectory } from '../rules/roster';
import type { RowsRead, Spreadsheets } from '../runtime/deps';
import { isOpenDocument } from './roster-kind';
import { runSheetJob } from './workers/run-sheet-job';
import type { JudgedRoster } from './workers/sheet-jobs';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The file read and its rows judged (judgeRosterRows, with each new name's search key), all in a worker: a 20 MB
 * file's 70,000 rows never hold the host. Its bytes move to the worker (the caller's view is emptied).
 */
export async function judgeRosterFile(
  bytes: Uint8Array,
  spreadsheets: Spreadsheets | undefined,
  branches: BranchDirectory,
  thisYear: number,
): Promise<JudgedRoster | { problem: 'no-reader' | 'not-a-roster' }> {
  const file = kindOf(bytes, spreadsheets);
  if (file === 'no-reader' || file === 'not-a-roster') return { problem: file };
  return runSheetJob({ kind: 'judge-roster', file, bytes, maxRows: MAX_ROSTER_ROWS, thisYear }, branches);
}

/**
 * A zip is .xlsx (read only where the runtime has the spreadsheet reader) unless it is an OpenDocument file (.ods),
 * which is refused; anything else is tried as CSV.
 */
function kindOf(
  bytes: Uint8Array,
  spreadsheets: Spreadsheets | undefined,
): 'xlsx' | 'csv' | 'no-reader' | 'not-a-roster' {
  if (bytes.length >= 4 && ZIP.every((b, i) => bytes[i] === b)) {
    if (isOpenDocument(bytes)) return 'not-a-roster';
    return spreadsheets?.readRows ? 'xlsx' : 'no-reader';
  }
  return 'csv';
}

/** A CSV file's rows, or why not (runs in the worker): stops at the row past `maxRows` data rows. */
export function readCsvRows(bytes: Uint8Array, maxRows: number): RowsRead {
  const text = decodeText(bytes);
  if (text === null) return { problem: 'not-a-roster' };
  const rows = parseCsv(text, maxRows + 1);
  return rows === null ? { problem: 'too-many-rows' } : { rows };
}

/** Text when the bytes are text (no NUL, decodes as UTF-8 or GB18030); null for anything binary. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF between rows. With
 * `maxRows`, null as soon as a row past it begins (the rest of the text is never read).
 */
export function parseCsv(text: string, maxRows = Infinity): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      if (rows.length === maxRows && i + 1 < text.length) return null;
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
