import { parseCsv, readCsvRows, readRosterFile } from './roster-file';

describe('roster files', () => {
  it('parses quoted fields, doubled quotes, line breaks in quotes and CRLF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\n')).toEqual([['a', 'b,c', 'd"e'], ['f\ng', 'h']]);
    expect(parseCsv('x,y')).toEqual([['x', 'y']]);
  });

  it('judges the kind by the bytes: binary is not a roster, a zip needs the reader', async () => {
    expect(await readRosterFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), undefined)).toEqual({ problem: 'not-a-roster' });
    expect(await readRosterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), undefined)).toEqual({ problem: 'no-reader' });
    expect(await readRosterFile(new TextEncoder().encode('\uFEFF姓名\r\n张三'), undefined)).toEqual({ rows: [['姓名'], ['张三']] });
  });

  it('stops reading at the row past the cap, and not before it', () => {
    expect(parseCsv('h\n1\n2\n3\n', 3)).toBeNull();
    expect(parseCsv('h\n1\n2\n', 3)).toEqual([['h'], ['1'], ['2']]);
    expect(readCsvRows(new TextEncoder().encode('h\n1\n2\n3'), 2)).toEqual({ problem: 'too-many-rows' });
    expect(readCsvRows(new TextEncoder().encode('h\n1\n2\n'), 2)).toEqual({ rows: [['h'], ['1'], ['2']] });
  });
});
