// xlsx.ts first: it loads exceljs with its chunk decoder made streaming (loadExcelJs), as it is the only module
// that loads exceljs in a sheet worker; loaded before it, exceljs would keep the decoder that splits characters.
import { chooseSheet, columnWidths, dateText, displayWidth, readXlsxRows, sheetName, writeXlsx } from './xlsx';
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

  it('keeps sheet names Excel accepts', () => {
    expect(sheetName('a/b:c*d?[e]')).toBe('a b c d  e');
    expect(Array.from(sheetName('学'.repeat(40)))).toHaveLength(31);
    expect(sheetName('::')).toBe('Sheet1');
  });

  it('writes a workbook exceljs reads back, header bold and frozen', async () => {
    const bytes = await writeXlsx({
      name: '名单',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '分钟', key: 'minutes' },
      ],
      rows: [{ name: '李四', minutes: 12.5 }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('名单');
    expect(sheet?.getRow(2).values).toEqual([undefined, '李四', 12.5]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).font?.bold).toBe(true);
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
    const spec = { name: '名单', columns: [{ header: '姓名', key: 'name' }], rows: [{ name: '王五' }] };
    const built = await workerSpreadsheets().xlsx(spec);
    expect(await workerSpreadsheets().readRows?.(built, 10)).toEqual({ rows: [['姓名'], ['王五']], sheet: '名单' });
  });

  it('keeps every Chinese character of a long sheet whole (exceljs decoded each chunk apart: 莲花\uFFFD\uFFFD区)', async () => {
    const branch = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
    const spec = {
      name: '名册',
      columns: [{ header: '所在支部', key: 'branch' }],
      rows: Array.from({ length: 3000 }, () => ({ branch })),
    };
    const read = await readXlsxRows(await writeXlsx(spec), 5000);
    if (!('rows' in read)) throw new Error('not read');
    expect(read.rows.filter((r) => r[0] !== branch)).toEqual([['所在支部']]);
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
