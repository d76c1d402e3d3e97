import {
  changesFor,
  fieldsOf,
  judgeRosterRows,
  MAX_ROSTER_ROWS,
  normalisePartyDate,
  normalisePhone,
  ROSTER_HEADERS,
  type BranchDirectory,
} from './roster';
import { normaliseQuery, searchKey } from './roster-search';

const branches: BranchDirectory = {
  find: (ref) =>
    ({
      '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部': {
        id: 5,
        name: '莲花社区离退休干部党支部',
        level: 'branch',
        closed: false,
        inScope: true,
      },
      ZB002: { id: 6, name: '镇海社区离退休干部党支部', level: 'branch', closed: false, inScope: true },
      ZB009: { id: 9, name: '旧支部', level: 'branch', closed: true, inScope: true },
      ZB010: { id: 10, name: '青松社区离退休干部党支部', level: 'branch', closed: false, inScope: false },
      东湖区: { id: 2, name: '东湖区', level: 'district', closed: false, inScope: true },
    })[ref] ?? null,
};
const header = [...ROSTER_HEADERS];
const row = (over: Partial<Record<(typeof ROSTER_HEADERS)[number], string>> = {}) =>
  header.map(
    (h) =>
      ({
        姓名: '张秀英',
        性别: '女',
        出生年份: '1948',
        手机号: '13905921234',
        入党时间: '1972-07',
        原单位职务: '纺织厂',
        所在支部: 'ZB002',
        ...over,
      })[h],
  );

describe('roster rows', () => {
  it('reads a good row', () => {
    const { entries, errors } = judgeRosterRows(header, [row()], branches, 2026);
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        row: 2,
        name: '张秀英',
        gender: '女',
        birthYear: 1948,
        phone: '13905921234',
        joinedPartyOn: '1972-07',
        formerPost: '纺织厂',
        orgUnitId: 6,
        rosterNo: null,
        skills: null,
      },
    ]);
  });

  it('names every problem of a row in one sentence, numbered as Excel shows it', () => {
    const { errors } = judgeRosterRows(
      header,
      [row(), row({ 手机号: '1390592123', 出生年份: '1850', 性别: 'M' })],
      branches,
      2026,
    );
    expect(errors).toEqual([
      {
        row: 3,
        message:
          '第 3 行：性别“M”看不懂，请填“男”或“女”；出生年份“1850”不可能，请核对后写四位数的年份，例如 1948；手机号“1390592123”位数不对，应当是 11 位数字，例如 13905921234。',
      },
    ]);
  });

  it('refuses unknown, closed, non-branch and out-of-scope units', () => {
    const refs = ['东湖区/湖滨街道/莲花社区/莲花社区第二支部', 'ZB009', '东湖区', 'ZB010'];
    const { errors } = judgeRosterRows(
      header,
      refs.map((r) => row({ 所在支部: r, 手机号: `1390592${1000 + refs.indexOf(r)}` })),
      branches,
      2026,
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^第 2 行：支部“莲花社区第二支部”不存在/),
      expect.stringMatching(/^第 3 行：支部“旧支部”已经撤销/),
      expect.stringMatching(/^第 4 行：“东湖区”不是支部/),
      expect.stringMatching(/^第 5 行：支部“青松社区离退休干部党支部”不在您的管理范围内/),
    ]);
  });

  it('names duplicates with the row they repeat, skips blank lines, and refuses missing headers and too many rows', () => {
    const { errors } = judgeRosterRows(header, [row(), ['', '', ''], row({ 姓名: '李建国' })], branches, 2026);
    expect(errors).toEqual([
      { row: 4, message: '第 4 行：手机号 13905921234 和第 2 行重复了，一个手机号只能属于一个人。' },
    ]);
    expect(judgeRosterRows(header.slice(0, 6), [row()], branches, 2026).errors).toEqual([
      { row: 1, message: expect.stringContaining('表头缺少“所在支部”这一列') },
    ]);
    const many = judgeRosterRows(header, { length: MAX_ROSTER_ROWS + 1 } as unknown as string[][], branches, 2026);
    expect(many.errors[0].message).toMatch(/超过了 100000 行/);
    expect(judgeRosterRows(header, [], branches, 2026).errors[0].message).toMatch(/除了表头没有党员/);
  });

  it('forgives how phones and dates are typed', () => {
    expect(normalisePhone('+86 139-0592-1234')).toBe('13905921234');
    expect(normalisePhone('8613905921234')).toBe('13905921234');
    expect(normalisePhone('12905921234')).toBeNull();
    expect(normalisePartyDate('1975年7月', 2026)).toBe('1975-07');
    expect(normalisePartyDate('1975.7.1', 2026)).toBe('1975-07-01');
    expect(normalisePartyDate('1975', 2026)).toBe('1975');
    expect(normalisePartyDate('1975-02-30', 2026)).toBeNull();
    expect(normalisePartyDate('1900-01', 2026)).toBeNull();
  });

  it('changes only what a row names: an empty cell keeps what is on record', () => {
    const entry = judgeRosterRows(header, [row({ 原单位职务: '' })], branches, 2026).entries[0];
    const existing = { ...fieldsOf(entry), former_post: '纺织厂 车间主任', skills: '书法' };
    expect(changesFor(existing, entry)).toEqual({});
    expect(changesFor({ ...existing, birth_year: 1947 }, entry)).toEqual({ birth_year: 1948 });
  });
});

describe('roster search', () => {
  it('stores the name, its pinyin and initials', () => {
    expect(searchKey('张秀英')).toBe('张秀英 zhangxiuying zxy');
    expect(normaliseQuery(' Z X Y ')).toBe('zxy');
  });
});
