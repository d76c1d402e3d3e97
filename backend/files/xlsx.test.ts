import ExcelJS from 'exceljs';
import { columnWidths, displayWidth, sheetName, writeXlsx } from './xlsx';

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
      columns: [{ header: '姓名', key: 'a' }, { header: 'n', key: 'b' }, { header: '备注', key: 'c' }, { header: '固定', key: 'd', width: 30 }],
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
    const bytes = await writeXlsx({ name: '名单', columns: [{ header: '姓名', key: 'name' }, { header: '分钟', key: 'minutes' }], rows: [{ name: '李四', minutes: 12.5 }] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('名单');
    expect(sheet?.getRow(2).values).toEqual([undefined, '李四', 12.5]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).font?.bold).toBe(true);
  });
});
