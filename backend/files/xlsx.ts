// The one .xlsx writer and reader (exceljs, streamed): Chinese headers in bold, the header row frozen so it stays on
// screen while scrolling, and each column as wide as its widest cell — a Chinese character counted as two, as Excel
// and WPS draw it. Both run in a sheet worker (workers/worker-spreadsheets.ts), never on the event loop. In the WeChat
// cloud bundles exceljs is a file of its own (spreadsheets.js), which only the worker loads, on an .xlsx job.
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { RowsRead, SheetSpec } from '../runtime/deps';

/** East Asian wide and full-width characters (CJK, kana, hangul, full-width forms) take two columns. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** How many columns of a fixed-width font the text takes: 2 for each wide character, 1 for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;

/** Each column's width: its widest cell or header, plus room for the cell's padding, within [6, 60]. */
export function columnWidths(sheet: SheetSpec): number[] {
  return sheet.columns.map((column) => {
    if (column.width !== undefined) return column.width;
    let widest = displayWidth(column.header);
    for (const row of sheet.rows) {
      const value = row[column.key];
      if (value !== null && value !== undefined) widest = Math.max(widest, displayWidth(String(value)));
    }
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  });
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const clean = Array.from(name.replace(/[:\\/?*[\]]/g, ' ').trim())
    .slice(0, 31)
    .join('');
  return clean || 'Sheet1';
}

/** Builds the file row by row (exceljs's streaming writer): memory holds the zip being made, not a model of every cell. */
export async function writeXlsx(sheet: SheetSpec): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '银发先锋';
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const widths = columnWidths(sheet);
  worksheet.columns = sheet.columns.map((column, i) => ({ header: column.header, key: column.key, width: widths[i] }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).commit();
  for (const row of sheet.rows) worksheet.addRow({ ...row }).commit();
  worksheet.commit();
  await workbook.commit();
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A cell as the person sees it: dates as YYYY-MM-DD, numbers without Excel's float noise, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

/**
 * The first worksheet's rows as text, read as a stream (exceljs's WorkbookReader), row numbers as Excel shows them;
 * reading stops at the row past `maxRows` data rows.
 */
export async function readXlsxRows(bytes: Uint8Array, maxRows: number): Promise<RowsRead> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  // Styles are read so that a date cell is seen as a date, not as its serial number.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: string[][] = [];
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (row.number > maxRows + 1) return { problem: 'too-many-rows' };
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = cellText(cell.value);
        });
        rows[row.number - 1] = Array.from(cells, (c) => c ?? '');
      }
      break; // the first worksheet only
    }
  } catch {
    return { problem: 'unreadable' };
  }
  return { rows: Array.from(rows, (r) => r ?? []) };
}
