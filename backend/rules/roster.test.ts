import {
  changesFor,
  fieldsOf,
  findHeaderRow,
  judgeRosterRows,
  judgeRosterSheet,
  otherPersonProblem,
  phoneProblem,
  MAX_ROSTER_ROWS,
  normalisePartyDate,
  normalisePhone,
  ROSTER_HEADERS,
  TALENT_HEADERS,
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
        personId: null,
        skills: null,
        talent: null,
      },
    ]);
  });

  it('reads the talent columns, and names a bad consent day or a talent row without its field', () => {
    const withTalent = [...header, '特长', ...TALENT_HEADERS];
    const talentRow = (skills: string, field: string, qualifications: string, consent: string) => [
      ...row(),
      skills,
      field,
      qualifications,
      consent,
    ];
    const { entries, errors } = judgeRosterRows(
      withTalent,
      [
        talentRow('民事调解、法律咨询', '法律服务', '原区法院审判员', '2025年3月1日'),
        [...talentRow('', '', '', ''), ''].map((c, i) => (i === 3 ? '13905921235' : c)),
        talentRow('', '法律服务', '', '2025-02-30').map((c, i) => (i === 3 ? '13905921236' : c)),
        talentRow('', '', '高级会计师', '').map((c, i) => (i === 3 ? '13905921237' : c)),
      ],
      branches,
      2026,
    );
    expect(entries.map((e) => [e.skills, e.talent])).toEqual([
      ['民事调解、法律咨询', { field: '法律服务', qualifications: '原区法院审判员', consentOn: '2025-03-01' }],
      [null, null],
    ]);
    expect(errors).toEqual([
      { row: 4, message: '第 4 行：同意日期“2025-02-30”看不懂，请写成 2025-03-01 或 2025年3月1日 这样。' },
      { row: 5, message: '第 5 行：填了资质或同意日期，却没有填人才领域。' },
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
          '第 3 行：性别“M”看不懂，请填“男”或“女”；出生年份“1850”不可能，请核对后写四位数的年份，例如 1948；手机号“1390592123”位数不对，有 10 位数字，应当是 11 位，例如 13905921234。',
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

  it('searches a name typed with inner spaces as if it had none', () => {
    expect(searchKey('张\u3000三')).toBe('张三 zhangsan zs');
    expect(searchKey('赵 六')).toBe('赵六 zhaoliu zl');
  });
});

describe('roster files as people make them (issue 17)', () => {
  it('finds the header row under title rows and numbers the rows as Excel shows them, naming the sheet', () => {
    const rows = [
      ['莲花社区第一支部党员名册'],
      [],
      header,
      row({ 手机号: '１３９ ０５９２ １２３４' }),
      row({ 手机号: '139059212' }),
    ];
    expect(findHeaderRow(rows)).toEqual({ index: 2, complete: true });
    const judged = judgeRosterSheet(rows, branches, 2026, '一支部');
    expect(judged.entries.map((e) => [e.row, e.phone])).toEqual([[4, '13905921234']]);
    expect(judged.errors).toEqual([
      {
        row: 5,
        message: '工作表“一支部”第 5 行：手机号“139059212”位数不对，有 9 位数字，应当是 11 位，例如 13905921234。',
      },
    ]);
    expect(judgeRosterSheet([['说明'], ['姓名', '电话']], branches, 2026, '填表说明').errors[0].message).toMatch(
      /^工作表“填表说明”第 2 行：表头缺少“性别”/,
    );
  });

  it('says what is wrong with a phone: 位数不对 only when the count is wrong', () => {
    expect(phoneProblem('12345678901')).toMatch(/13 到 19 开头/);
    expect(phoneProblem('1390592123')).toMatch(/位数不对，有 10 位/);
    expect(phoneProblem('139****1234')).toMatch(/隐去/);
    expect(phoneProblem('139O5921234')).toMatch(/不是数字/);
    expect(normalisePhone('＋８６ １３９０５９２１２３４')).toBe('13905921234');
  });

  it('reads a birth year written as a date of birth, and 入党时间 to the precision given', () => {
    const [entry] = judgeRosterRows(
      header,
      [row({ 出生年份: '1948-03-15', 入党时间: '1978年7月' })],
      branches,
      2026,
    ).entries;
    expect(entry).toMatchObject({ birthYear: 1948, joinedPartyOn: '1978-07' });
    expect(normalisePartyDate('1980年', 2026)).toBe('1980');
  });

  it("skips the template's example row with a sentence, marked or as an older template wrote it", () => {
    const marked = [...header, '说明'];
    const judged = judgeRosterRows(marked, [[...row(), '示例，导入时会跳过']], branches, 2026);
    expect(judged).toEqual({
      entries: [],
      errors: [],
      skipped: [{ row: 2, message: '第 2 行是模板里的示例（张秀英），没有导入。' }],
    });
    expect(judgeRosterRows(header, [row({ 手机号: '13905920000' })], branches, 2026).skipped).toHaveLength(1);
  });

  it('takes a row without a phone only when it names someone by 系统编号 or 花名册编号', () => {
    const withId = [...header, '系统编号'];
    expect(judgeRosterRows(withId, [[...row({ 手机号: '' }), '42']], branches, 2026).entries[0]).toMatchObject({
      phone: null,
      personId: 42,
    });
    expect(judgeRosterRows(header, [row({ 手机号: '' })], branches, 2026).errors[0].message).toMatch(/没有填手机号/);
    expect(judgeRosterRows(withId, [[...row(), 'x1']], branches, 2026).errors[0].message).toMatch(/系统编号“x1”不对/);
  });

  it('refuses to turn one person into another: a different name (spaces aside) or sex', () => {
    const by = '花名册编号 HW-1 ';
    expect(otherPersonProblem({ name: '张三', gender: '男' }, { name: '张\u3000三', gender: '男' }, by)).toBeNull();
    expect(otherPersonProblem({ name: '张三', gender: '男' }, { name: '李四', gender: '男' }, by)).toMatch(
      /花名册编号 HW-1 登记的是张三，和这一行写的李四不是同一个名字/,
    );
    expect(otherPersonProblem({ name: '张三', gender: '男' }, { name: '张三', gender: '女' }, by)).toMatch(/是男的/);
    expect(otherPersonProblem({ name: '张三', gender: null }, { name: '张三', gender: '女' }, by)).toBeNull();
  });
});
