// The one .xlsx writer and reader (exceljs, streamed). Every sheet is made for paper as well as for the screen: a
// title line naming the unit and the day above the bold Chinese header (both frozen on screen, both repeated on every
// printed page), A4 fitted to the page's width, across the page when the columns need it, thin ruled cells (the
// streaming writer cannot ask for printed grid lines), each column as wide as its widest cell (a Chinese character
// counted as two, as Excel and WPS draw it) and numbers centred so they keep clear of the next column on paper.
// Moments are date cells with the year. Both run in a sheet worker (workers/worker-spreadsheets.ts), never on the
// event loop. In the WeChat cloud bundles exceljs is a file of its own (spreadsheets.js), which only the worker loads,
// on an .xlsx job.
import type ExcelJSModule from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { onChinaClock } from '../common/china-time';
import { findHeaderRow } from '../rules/roster';
import type { RowsRead, SheetColumn, SheetSpec } from '../runtime/deps';

/**
 * exceljs's streaming reader decodes each inflated chunk of a sheet's XML on its own (lib/utils/parse-sax.js through
 * browser-buffer-decode.js, one module-wide `new TextDecoder('utf-8')` called without `{ stream: true }`), so a
 * Chinese character split between two chunks comes out as "莲花\uFFFD\uFFFD区" — in a long export, a branch name on
 * row 134 no longer names the branch. The decoder is made when exceljs is first loaded: loaded here, with that one
 * decoder made streaming (bytes of a split character wait for the next chunk). Every XML part ends on a whole
 * character, so nothing carries from one part to the next. The global is put back at once.
 */
function loadExcelJs(): typeof ExcelJSModule {
  const Plain = globalThis.TextDecoder;
  class ChunkDecoder extends Plain {
    override decode(input?: Parameters<TextDecoder['decode']>[0], options?: TextDecodeOptions): string {
      return super.decode(input, options ?? { stream: true });
    }
  }
  globalThis.TextDecoder = ChunkDecoder;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('exceljs') as typeof ExcelJSModule;
  } finally {
    globalThis.TextDecoder = Plain;
  }
}

const ExcelJS = loadExcelJs();
type ExcelJS = typeof ExcelJSModule;

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

/** How a moment is shown: its year always (a printed list outlives the year), then the China wall-clock time. */
export const MOMENT_FORMAT = 'yyyy"年"m"月"d"日" hh:mm';

/** "2026年12月4日 10:00": a moment's cell as MOMENT_FORMAT shows it, to measure the column by. */
function momentText(at: string): string {
  const d = onChinaClock(at);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

/** A cell's value as written: a moment as a date cell on China's wall clock, text kept text, the rest as given. */
function cellValue(column: SheetColumn, value: string | number | null | undefined): ExcelJSModule.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (column.kind === 'moment') return onChinaClock(String(value));
  if (column.kind === 'text') return String(value);
  return value;
}

/** Each column's width: its widest cell or header as shown, plus room for the cell's padding, within [6, 60]. */
export function columnWidths(sheet: Pick<SheetSpec, 'columns' | 'rows'>): number[] {
  return sheet.columns.map((column) => {
    if (column.width !== undefined) return column.width;
    let widest = displayWidth(column.header);
    for (const row of sheet.rows) {
      const value = row[column.key];
      if (value === null || value === undefined) continue;
      widest = Math.max(widest, displayWidth(column.kind === 'moment' ? momentText(String(value)) : String(value)));
    }
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
  });
}

/** The width exceljs writes no column entry for; the sheet's default is set to it, so such a column keeps it. */
const EXCELJS_DEFAULT_WIDTH = 9;

/** Excel's paper size code for A4. */
export const A4 = 9;
/**
 * The widest table (in character widths) printed upright at full size: A4's 210 mm less the two 18 mm margins
 * leaves 174 mm, about 90 characters of the default font. A wider table turns across the page (about 136), so
 * fitting it to the width shrinks the print less for an elder's eyes.
 */
export const PORTRAIT_MAX_WIDTH = 90;

export function orientationFor(widths: readonly number[]): 'portrait' | 'landscape' {
  return widths.reduce((sum, w) => sum + w, 0) > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait';
}

/**
 * Thin lines around every cell of the table: grid lines print only where the printer is told to, and a printed
 * table without lines lets neighbouring values read as one.
 */
const THIN = { style: 'thin' } as const;
const RULED: Partial<ExcelJSModule.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The title line and the header: frozen on screen and repeated at the top of each printed page. */
const TITLE_ROW = 1;
const HEADER_ROW = 2;

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const clean = Array.from(name.replace(/[:\\/?*[\]]/g, ' ').trim())
    .slice(0, 31)
    .join('');
  return clean || 'Sheet1';
}

/** The title's size in points, against the body's 11: read first, from across a table. */
const TITLE_POINTS = 14;
/** Points per line of the title: its size with room above and below. */
const TITLE_LINE_HEIGHT = 22;

/**
 * How many lines the title takes across the table (widths are in 11-point characters): a merged cell neither grows
 * nor spills, so a long event name would be cut off on paper without its lines counted.
 */
export function titleLines(title: string, widths: readonly number[]): number {
  const across = widths.reduce((sum, w) => sum + w, 0);
  return Math.max(1, Math.ceil((displayWidth(title) * TITLE_POINTS) / 11 / across));
}

/** Builds the file row by row (exceljs's streaming writer): memory holds the zip being made, not a model of every cell. */
export async function writeXlsx(sheet: SheetSpec): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '银发先锋';
  const widths = columnWidths(sheet);
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    // exceljs leaves out a column exactly as wide as its own default (9): said here, so it prints 9 wide.
    properties: { defaultColWidth: EXCELJS_DEFAULT_WIDTH },
    pageSetup: {
      paperSize: A4,
      orientation: orientationFor(widths),
      // One page wide, as many pages tall as the rows need.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
  });
  worksheet.columns = sheet.columns.map((column, i) => ({ key: column.key, width: widths[i] }));
  const title = worksheet.getRow(TITLE_ROW);
  title.getCell(1).value = sheet.title;
  title.font = { bold: true, size: TITLE_POINTS };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  title.height = TITLE_LINE_HEIGHT * titleLines(sheet.title, widths);
  if (sheet.columns.length > 1) worksheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, sheet.columns.length);
  title.commit();
  const header = worksheet.getRow(HEADER_ROW);
  header.values = sheet.columns.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  header.eachCell((cell) => {
    cell.border = RULED;
  });
  header.commit();
  for (const row of sheet.rows) {
    const written = worksheet.addRow(sheet.columns.map((column) => cellValue(column, row[column.key])));
    for (let c = 1; c <= sheet.columns.length; c += 1) {
      const cell = written.getCell(c);
      cell.border = RULED;
      if (cell.type === ExcelJS.ValueType.Date) cell.numFmt = MOMENT_FORMAT;
      // A number centred keeps clear of the columns beside it on paper (a year against a phone: "1936 13905920000").
      if (cell.type === ExcelJS.ValueType.Number || cell.type === ExcelJS.ValueType.Date)
        cell.alignment = { horizontal: 'center' };
    }
    written.commit();
  }
  worksheet.commit();
  await workbook.commit();
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A date cell's text as the person sees it, to the precision its number format shows: a birth year kept as a date
 * but shown as "1948" is "1948", a 入党时间 shown as "1978年7月" is "1978-07" (no invented day), any other date is
 * YYYY-MM-DD. Quoted text and escaped characters in the format are not its codes.
 */
export function dateText(date: Date, numFmt: string | undefined): string {
  const iso = date.toISOString().slice(0, 10);
  if (!numFmt) return iso;
  const codes = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  const year = codes.includes('y');
  const month = /m/.test(codes.replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, ''));
  const day = codes.includes('d');
  if (year && !month && !day) return iso.slice(0, 4);
  if (year && month && !day) return iso.slice(0, 7);
  return iso;
}

/** A cell as the person sees it: dates to their format's precision, numbers without Excel's float noise, rich text joined. */
function cellText(value: ExcelJSModule.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJSModule.CellValue, numFmt);
  return '';
}

/** A worksheet as read: its name, whether the person sees it, and its rows as text. */
interface SheetRead {
  name: string;
  hidden: boolean;
  rows: string[][];
}

/**
 * The sheet a person means: among the sheets they can see, the one with the roster's headers (within its first
 * rows), the active sheet first; when none has them, the active visible sheet, whose missing headers the import
 * names. A hidden sheet (a stale list kept out of sight) is never read.
 */
export function chooseSheet<S extends { name: string; hidden: boolean; rows: string[][] }>(
  sheets: readonly S[],
  activeTab: number,
): S | undefined {
  const visible = sheets.filter((s) => !s.hidden);
  const active = sheets[activeTab] && !sheets[activeTab].hidden ? sheets[activeTab] : visible[0];
  const ordered = active ? [active, ...visible.filter((s) => s !== active)] : visible;
  return ordered.find((s) => findHeaderRow(s.rows).complete) ?? active ?? sheets[0];
}

/**
 * The rows of the sheet the person means (chooseSheet), as text, read as a stream (exceljs's WorkbookReader), row
 * numbers as Excel shows them, with the sheet's name; reading stops at the row past `maxRows` rows of any sheet.
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
  const sheets: SheetRead[] = [];
  try {
    for await (const worksheet of reader) {
      const rows: string[][] = [];
      for await (const row of worksheet) {
        if (row.number > maxRows + 1) return { problem: 'too-many-rows' };
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = cellText(cell.value, cell.numFmt);
        });
        rows[row.number - 1] = Array.from(cells, (c) => c ?? '');
      }
      const { name, state } = worksheet as unknown as { name: string; state?: string };
      sheets.push({
        name,
        hidden: state === 'hidden' || state === 'veryHidden',
        rows: Array.from(rows, (r) => r ?? []),
      });
    }
  } catch {
    return { problem: 'unreadable' };
  }
  // The workbook's own order of sheets (the zip's may differ) and the tab it opens on.
  const model = (reader as unknown as { model?: { sheets?: { name: string }[]; views?: { activeTab?: number }[] } })
    .model;
  const order = model?.sheets?.map((s) => s.name) ?? [];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  sheets.sort((a, b) => rank(a.name) - rank(b.name));
  const chosen = chooseSheet(sheets, model?.views?.[0]?.activeTab ?? 0);
  return chosen ? { rows: chosen.rows, sheet: chosen.name } : { rows: [] };
}
