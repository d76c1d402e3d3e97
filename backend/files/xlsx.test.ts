// xlsx.ts first: it loads exceljs with its chunk decoder made streaming (loadExcelJs), as it is the only module
// that loads exceljs in a sheet worker; loaded before it, exceljs would keep the decoder that splits characters.
import {
  chooseSheet,
  columnWidths,
  dateText,
  displayWidth,
  orientationFor,
  readXlsxRows,
  sheetName,
  writeXlsx,
} from './xlsx';
import ExcelJS from 'exceljs';
import { workerSpreadsheets } from './workers/worker-spreadsheets';

describe('the xlsx helper', () => {
  it('counts a Chinese (or full-width) character as two columns and any other as one', () => {
    expect(displayWidth('王秀英')).toBe(6);
    expect(displayWidth('学习时长（分钟）')).toBe(16);
    expect(displayWidth('Zhang 3')).toBe(7);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('fits each column to its widest cell or header, within 6 and 60', () => {
    const sheet = {
      name: 's',
      title: 't',
      columns: [
        { header: '姓名', key: 'a' },
        { header: 'n', key: 'b' },
        { header: '备注', key: 'c' },
        { header: '固定', key: 'd', width: 30 },
      ],
      rows: [{ a: '欧阳秀英', b: 1, c: '长'.repeat(100), d: null }],
    };
    expect(columnWidths(sheet)).toEqual([10, 6, 60, 30]);
  });

  it('measures a moment as it is printed, 2026年12月4日 10:00, not as the instant it is given', () => {
    const sheet = {
      name: 's',
      title: 't',
      columns: [{ header: '报名时间', key: 'at', kind: 'moment' as const }],
      rows: [{ at: '2026-12-04T02:00:00.000Z' }],
    };
    expect(columnWidths(sheet)).toEqual([displayWidth('2026年12月4日 10:00') + 2]);
  });

  it('prints upright what fits an A4 page upright, and across the page what needs its width', () => {
    expect(orientationFor([10, 20, 30, 30])).toBe('portrait');
    expect(orientationFor([10, 20, 30, 30, 10])).toBe('landscape');
  });

  it('keeps sheet names Excel accepts', () => {
    expect(sheetName('a/b:c*d?[e]')).toBe('a b c d  e');
    expect(Array.from(sheetName('学'.repeat(40)))).toHaveLength(31);
    expect(sheetName('::')).toBe('Sheet1');
  });

  it('writes a workbook exceljs reads back, header bold and frozen', async () => {
    const bytes = await writeXlsx({
      name: '名单',
      title: '第一支部 名单（2026年12月6日导出）',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '分钟', key: 'minutes' },
      ],
      rows: [{ name: '李四', minutes: 12.5 }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('名单');
    expect(sheet?.getRow(1).getCell(1).value).toBe('第一支部 名单（2026年12月6日导出）');
    expect(sheet?.getRow(2).values).toEqual([undefined, '姓名', '分钟']);
    expect(sheet?.getRow(3).values).toEqual([undefined, '李四', 12.5]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.getRow(2).font?.bold).toBe(true);
  });

  it('writes a sheet made for paper: A4, fit to width, titles on every page, years in date cells, text kept text', async () => {
    const bytes = await writeXlsx({
      name: '名册',
      title: '莲花社区第一支部 党员名册（2026年12月6日导出）',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '出生年份', key: 'born' },
        { header: '手机号', key: 'phone', kind: 'text' },
        { header: '报名时间', key: 'at', kind: 'moment' },
        { header: '备注', key: 'note' },
      ],
      rows: [
        { name: '=1+1', born: 1936, phone: 13905920000, at: '2026-12-04T02:00:00.000Z', note: '长'.repeat(40) },
        { name: '王五', born: null, phone: null, at: null, note: null },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    // The title spans the table, in bold, above the frozen bold header.
    expect(sheet.getCell('A1').value).toBe('莲花社区第一支部 党员名册（2026年12月6日导出）');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('E1').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // A formula-looking name and a phone given as a number are text; the moment is a date cell, China time, with its year.
    const row = sheet.getRow(3);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe('13905920000');
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2026, 11, 4, 10, 0)));
    expect(row.getCell(4).numFmt).toBe('yyyy"年"m"月"d"日" hh:mm');
    expect(sheet.getRow(4).getCell(4).value).toBeNull();
    // A number is centred in its column, so on paper it keeps clear of the next column's text (1936 13905920000).
    expect(row.getCell(2).alignment?.horizontal).toBe('center');
    // Ruled lines around every cell of the table, empty ones too, so the printed table reads cell by cell.
    for (const cell of [sheet.getCell('A2'), sheet.getCell('B3'), sheet.getCell('E4')])
      expect(cell.border).toMatchObject({
        left: { style: 'thin' },
        right: { style: 'thin' },
        bottom: { style: 'thin' },
      });
    expect(sheet.getColumn(2).width).toBe(displayWidth('出生年份') + 2);
    expect(sheet.getColumn(4).width).toBe(displayWidth('2026年12月4日 10:00') + 2);
    // exceljs writes no entry for a column 9 wide (its own default): the sheet's default says 9, not Excel's 8.43.
    expect(sheet.properties.defaultColWidth).toBe(9);
  });

  it('wraps a title longer than the table onto as many lines as it needs, each line tall enough', async () => {
    const long = `${'一个很长很长的活动名称'.repeat(4)} 2026年12月12日 报名名单（2026年12月6日导出）`;
    const bytes = await writeXlsx({
      name: '名单',
      title: long,
      columns: [
        { header: '姓名', key: 'name' },
        { header: '签到', key: 'done' },
      ],
      rows: [{ name: '李四', done: '已签到' }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').alignment?.wrapText).toBe(true);
    // 14-point characters over a 14-character table: the title takes many lines, and the row holds them all.
    const lines = Math.ceil((displayWidth(long) * 14) / 11 / 14);
    expect(sheet.getRow(1).height).toBeGreaterThanOrEqual(lines * 18);
  });

  it('prints a narrow sheet upright', async () => {
    const bytes = await writeXlsx({
      name: '学习',
      title: '第一支部 2026年11月 学习情况（2026年12月6日导出）',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '学习天数', key: 'days' },
      ],
      rows: [{ name: '李四', days: 3 }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('reads rows back as text where Excel shows them, dates as days, and stops at the row past the cap', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '入党时间']);
    sheet.addRow(['张三', new Date(Date.UTC(1970, 6, 1))]);
    sheet.getRow(4).values = ['李四', 1975];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsxRows(bytes, 10)).toEqual({
      rows: [['姓名', '入党时间'], ['张三', '1970-07-01'], [], ['李四', '1975']],
      sheet: '名册',
    });
    expect(await readXlsxRows(bytes, 2)).toEqual({ problem: 'too-many-rows' });
    expect(await readXlsxRows(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 10)).toEqual({
      problem: 'unreadable',
    });
  });

  it('builds and reads in a worker thread: the same file as in this one', async () => {
    const spec = { name: '名单', title: '名单', columns: [{ header: '姓名', key: 'name' }], rows: [{ name: '王五' }] };
    const built = await workerSpreadsheets().xlsx(spec);
    expect(await workerSpreadsheets().readRows?.(built, 10)).toEqual({
      rows: [['名单'], ['姓名'], ['王五']],
      sheet: '名单',
    });
  });

  it('keeps every Chinese character of a long sheet whole (exceljs decoded each chunk apart: 莲花\uFFFD\uFFFD区)', async () => {
    const branch = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
    const spec = {
      name: '名册',
      title: '名册',
      columns: [{ header: '所在支部', key: 'branch' }],
      rows: Array.from({ length: 3000 }, () => ({ branch })),
    };
    const read = await readXlsxRows(await writeXlsx(spec), 5000);
    if (!('rows' in read)) throw new Error('not read');
    expect(read.rows.filter((r) => r[0] !== branch)).toEqual([['名册'], ['所在支部']]);
  });

  it("reads a date cell to its format's precision, as the person sees it", () => {
    const day = new Date(Date.UTC(1978, 6, 1));
    expect(dateText(day, 'yyyy')).toBe('1978');
    expect(dateText(day, 'yyyy"年"')).toBe('1978');
    expect(dateText(day, 'yyyy"年"m"月"')).toBe('1978-07');
    expect(dateText(day, 'yyyy-mm')).toBe('1978-07');
    expect(dateText(day, 'yyyy/m/d')).toBe('1978-07-01');
    expect(dateText(day, '[$-804]yyyy"年"m"月"d"日"')).toBe('1978-07-01');
    expect(dateText(day, undefined)).toBe('1978-07-01');
  });

  it('chooses the sheet a person means: visible, with the headers, the active one first', () => {
    const headers = [['姓名', '性别', '出生年份', '手机号', '入党时间', '原单位职务', '所在支部']];
    const stale = { name: '旧', hidden: true, rows: headers };
    const notes = { name: '填表说明', hidden: false, rows: [['说明']] };
    const roster = { name: '名册', hidden: false, rows: headers };
    const other = { name: '二支部', hidden: false, rows: headers };
    expect(chooseSheet([stale, roster], 0)).toBe(roster);
    expect(chooseSheet([notes, roster], 0)).toBe(roster);
    expect(chooseSheet([notes, roster, other], 2)).toBe(other);
    expect(chooseSheet([stale, notes], 0)).toBe(notes);
  });
});
