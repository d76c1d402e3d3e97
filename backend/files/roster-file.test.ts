import { judgeRosterFile, parseCsv, readCsvRows } from './roster-file';

describe('roster files', () => {
  it('parses quoted fields, doubled quotes, line breaks in quotes and CRLF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
    ]);
    expect(parseCsv('x,y')).toEqual([['x', 'y']]);
  });

  it('judges the kind by the bytes: binary is not a roster, a zip needs the reader', async () => {
    const branches = { find: () => null };
    expect(await judgeRosterFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), undefined, branches, 2026)).toEqual(
      { problem: 'not-a-roster' },
    );
    expect(await judgeRosterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), undefined, branches, 2026)).toEqual({
      problem: 'no-reader',
    });
    expect(readCsvRows(new TextEncoder().encode('\uFEFF姓名\r\n张三'), 10)).toEqual({ rows: [['姓名'], ['张三']] });
  });

  it('stops reading at the row past the cap, and not before it', () => {
    expect(parseCsv('h\n1\n2\n3\n', 3)).toBeNull();
    expect(parseCsv('h\n1\n2\n', 3)).toEqual([['h'], ['1'], ['2']]);
    expect(readCsvRows(new TextEncoder().encode('h\n1\n2\n3'), 2)).toEqual({ problem: 'too-many-rows' });
    expect(readCsvRows(new TextEncoder().encode('h\n1\n2\n'), 2)).toEqual({ rows: [['h'], ['1'], ['2']] });
  });

  it('judges the rows in a worker, asking the host only about the branches the file names, with the search key of each name', async () => {
    const asked: string[] = [];
    const branches = {
      find: (ref: string) => (
        asked.push(ref),
        ref === 'ZB001' ? { id: 7, name: '第一支部', level: 'branch', closed: false, inScope: true } : null
      ),
    };
    const csv = new TextEncoder().encode(
      '姓名,性别,出生年份,手机号,入党时间,原单位职务,所在支部\n张秀英,女,1950,13700000001,1970,,ZB001\n李四,男,1951,13700000002,1971,,ZB999\n',
    );
    const judged = await judgeRosterFile(csv, undefined, branches, 2026);
    expect(asked.sort()).toEqual(['ZB001', 'ZB999']);
    expect(judged).toMatchObject({
      entries: [{ row: 2, name: '张秀英', orgUnitId: 7, searchKey: '张秀英 zhangxiuying zxy' }],
      errors: [{ row: 3 }],
    });
  });
});
