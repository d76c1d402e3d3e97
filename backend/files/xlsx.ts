// The one .xlsx writer (exceljs): Chinese headers in bold, the header row frozen so it stays on screen while
// scrolling, and each column as wide as its widest cell — a Chinese character counted as two, as Excel and WPS
// draw it. Only the host has it (Deps.spreadsheets); WeChat cloud bundles leave exceljs out.
import ExcelJS from 'exceljs';
import type { SheetSpec, Spreadsheets } from '../runtime/deps';

/** East Asian wide and full-width characters (CJK, kana, hangul, full-width forms) take two columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

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
  const clean = Array.from(name.replace(/[:\\/?*[\]]/g, ' ').trim()).slice(0, 31).join('');
  return clean || 'Sheet1';
}

export async function writeXlsx(sheet: SheetSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '银发先锋';
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = columnWidths(sheet);
  worksheet.columns = sheet.columns.map((column, i) => ({ header: column.header, key: column.key, width: widths[i] }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.addRows(sheet.rows.map((row) => ({ ...row })));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
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

/** Reads the first worksheet of an .xlsx into rows of text; null when exceljs cannot open it. */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellText(cell.value);
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

export function xlsxSpreadsheets(): Spreadsheets {
  return { xlsx: writeXlsx, readRows: readXlsxRows };
}
