import { MAX_ROSTER_FILE_BYTES, rosterCloudPath, rosterFileProblem } from './roster-upload';

describe('roster upload', () => {
  it('takes an .xlsx or .csv up to 20 MB', () => {
    expect(rosterFileProblem('莲花支部名册.xlsx', 12_000)).toBeNull();
    expect(rosterFileProblem('ROSTER.CSV', MAX_ROSTER_FILE_BYTES)).toBeNull();
  });

  it('refuses other kinds, oversized and empty files in a sentence', () => {
    expect(rosterFileProblem('名册.xls', 100)).toMatch(/只能导入 Excel（.xlsx）或 CSV/);
    expect(rosterFileProblem('名册.pdf', 100)).toMatch(/只能导入/);
    expect(rosterFileProblem('名册.xlsx', MAX_ROSTER_FILE_BYTES + 1)).toMatch(/超过了 20 MB/);
    expect(rosterFileProblem('名册.csv', 0)).toMatch(/是空的/);
  });

  it('puts a mini-program upload under a cloud path of its own, keeping only the kind of the name', () => {
    const at = new Date('2026-12-06T08:00:00Z');
    const path = rosterCloudPath('莲花 支部/../名册.xlsx', at, 0.5);
    expect(path).toMatch(/^roster-uploads\/[0-9a-z]+-[0-9a-z]{8}\.xlsx$/);
    expect(rosterCloudPath('a.CSV', at, 0.25)).toMatch(/\.csv$/);
    expect(rosterCloudPath('a.csv', at, 0.25)).not.toBe(rosterCloudPath('a.csv', at, 0.75));
    expect(rosterCloudPath('a.csv', at, 0)).toMatch(/-00000000\.csv$/);
  });
});
