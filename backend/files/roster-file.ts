// Reads an uploaded roster file into rows of text: .xlsx through the host's spreadsheet reader, .csv here
// (UTF-8 with or without BOM, or GB18030 as Excel in China saves it). The kind is judged from the bytes, never
// from the file's name.
import type { Spreadsheets } from '../runtime/deps';

export type RosterFileRead = { rows: string[][] } | { problem: 'not-a-roster' | 'unreadable' | 'no-reader' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function readRosterFile(bytes: Uint8Array, spreadsheets: Spreadsheets | undefined): Promise<RosterFileRead> {
  if (bytes.length >= 4 && ZIP.every((b, i) => bytes[i] === b)) {
    if (!spreadsheets?.readRows) return { problem: 'no-reader' };
    const rows = await spreadsheets.readRows(bytes);
    return rows === null ? { problem: 'unreadable' } : { rows };
  }
  const text = decodeText(bytes);
  if (text === null) return { problem: 'not-a-roster' };
  return { rows: parseCsv(text) };
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

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF between rows. */
export function parseCsv(text: string): string[][] {
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
