// What every export holds for paper (issue 17), read back from the file with exceljs: A4 fitted to one page's width,
// the title line (unit and day) and the bold header frozen on screen and repeated on every printed page, ruled
// cells, and each column as wide as its widest cell as shown.
import type ExcelJS from 'exceljs';
import { columnWidths, orientationFor } from '../../backend/files/xlsx';

/** The day an export says it was made: 2026年12月6日导出. */
export const EXPORTED_ON = /（\d{4}年\d{1,2}月\d{1,2}日导出）$/;

/** A date cell as MOMENT_FORMAT shows it (the file holds China's wall clock). */
function shown(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日 ${String(value.getUTCHours()).padStart(2, '0')}:${String(value.getUTCMinutes()).padStart(2, '0')}`;
  return String(value);
}

export function expectMadeForPaper(sheet: ExcelJS.Worksheet, title: RegExp, headers: readonly string[]): void {
  expect(String(sheet.getCell('A1').value)).toMatch(title);
  expect(String(sheet.getCell('A1').value)).toMatch(EXPORTED_ON);
  expect(sheet.getCell('A1').font?.bold).toBe(true);
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...headers]);
  expect(sheet.getRow(2).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  // A column as wide as the sheet's default has no entry of its own.
  expect(sheet.properties.defaultColWidth).toBe(9);
  const widths = sheet.columns.map((c) => c.width ?? 9);
  expect(sheet.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: orientationFor(widths),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:2',
  });
  // Each column as wide as its widest cell or header as printed (a Chinese character two), plus padding.
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push(Object.fromEntries(headers.map((h, i) => [h, shown(row.getCell(i + 1).value)])));
  });
  const asText = headers.map((header) => ({ header, key: header }));
  expect(widths).toEqual(columnWidths({ columns: asText, rows: rows.map((r) => ({ ...r })) }));
  for (const n of [2, Math.min(3, sheet.rowCount)])
    expect(sheet.getRow(n).getCell(headers.length).border?.right).toMatchObject({ style: 'thin' });
}
