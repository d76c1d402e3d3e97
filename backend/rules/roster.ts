// The roster file's rules: which headers it needs, how each cell is read, and every row's problems in a sentence
// that names its row number, so an office worker can fix the file in Excel. Pure: the branches, the people already
// on the roll and the current year are passed in; nothing here reads a file or the database.

/** The template's headers, in order; the checks name these and more may follow. */
export const ROSTER_HEADERS = ['姓名', '性别', '出生年份', '手机号', '入党时间', '原单位职务', '所在支部'] as const;
/** Optional columns after them: a roster number matches a person whose phone changed; skills feed the talent pool. */
export const OPTIONAL_HEADERS = ['花名册编号', '特长'] as const;
export const MAX_ROSTER_ROWS = 100_000;
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

type Header = (typeof ROSTER_HEADERS)[number] | (typeof OPTIONAL_HEADERS)[number];

/** One person as the file describes them. */
export interface RosterEntry {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  name: string;
  gender: '男' | '女' | null;
  birthYear: number | null;
  phone: string;
  joinedPartyOn: string | null;
  formerPost: string | null;
  orgUnitId: number;
  rosterNo: string | null;
  skills: string | null;
}

export interface RowError {
  row: number;
  message: string;
}

/** How a 所在支部 cell names a unit: by its full path without the city ("思明区/鹭江街道/…") or by its code. */
export interface BranchDirectory {
  find(ref: string): { id: number; name: string; level: string; closed: boolean; inScope: boolean } | null;
}

/** The column index of each header, or the file-level problem (row 1) when one is missing. */
export function readHeaders(
  first: readonly string[],
): { columns: Partial<Record<Header, number>> } | { error: RowError } {
  const columns: Partial<Record<Header, number>> = {};
  first.forEach((cell, i) => {
    const h = cell.replace(/\s+/g, '') as Header;
    if (([...ROSTER_HEADERS, ...OPTIONAL_HEADERS] as readonly string[]).includes(h) && columns[h] === undefined)
      columns[h] = i;
  });
  const missing = ROSTER_HEADERS.filter((h) => columns[h] === undefined);
  if (missing.length > 0) {
    return {
      error: {
        row: 1,
        message: `第 1 行：表头缺少“${missing.join('”“')}”这${missing.length > 1 ? '几' : '一'}列。请用下载的模板填写，第一行的列名不要改动。`,
      },
    };
  }
  return { columns };
}

/** Mainland mobile numbers: a +86 or 86 prefix, spaces and dashes are forgiven; 11 digits starting with 1[3-9] remain. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-()（）]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 入党时间 as typed: 1975, 1975-07, 1975.7, 1975/7/1, 1975年7月, 1975年7月1日 → "1975", "1975-07" or "1975-07-01". */
export function normalisePartyDate(raw: string, thisYear: number): string | null {
  const m = raw.trim().match(/^(\d{4})(?:\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?|\s*月)?)?$/);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1921 || year > thisYear) return null;
  if (m[2] === undefined) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (m[3] === undefined) return `${m[1]}-${mm}`;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${m[1]}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Retired cadres: born no earlier than 1900 and at least 40 years before this year. */
export function birthYearProblem(raw: string, thisYear: number): string | null {
  if (!/^\d{4}$/.test(raw)) return `出生年份“${raw}”看不懂，请写四位数的年份，例如 1948。`;
  const year = Number(raw);
  if (year < 1900 || year > thisYear - 40) return `出生年份“${raw}”不可能，请核对后写四位数的年份，例如 1948。`;
  return null;
}

const MAX_NAME = 20;
const MAX_POST = 60;
const MAX_SKILLS = 200;

/** Cell text as a person would read it: no stray spaces or invisible characters. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/[\u200B-\u200D\uFEFF]/g, '').trim();
}

/**
 * Every data row judged: the people it describes, and each problem as "第 N 行：…" (a row may have several).
 * Duplicate phones name both rows. `rows` are the cells after the header row; row numbers count from 2.
 */
export function judgeRosterRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  branches: BranchDirectory,
  thisYear: number,
): { entries: RosterEntry[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const heads = readHeaders(header);
  if ('error' in heads) return { entries: [], errors: [heads.error] };
  if (rows.length > MAX_ROSTER_ROWS) {
    return {
      entries: [],
      errors: [
        {
          row: 1,
          message: `这个文件有 ${rows.length} 行，超过了 ${MAX_ROSTER_ROWS} 行的上限。请按区或街道分成几个文件，分别导入。`,
        },
      ],
    };
  }
  const col = heads.columns;
  const cell = (r: readonly string[], h: Header) => (col[h] === undefined ? '' : clean(r[col[h] as number]));
  const entries: RosterEntry[] = [];
  const phoneRow = new Map<string, number>();
  const rosterNoRow = new Map<string, number>();

  rows.forEach((r, i) => {
    const row = i + 2;
    if (r.every((c) => clean(c) === '')) return; // blank lines between blocks are left alone
    const problems: string[] = [];
    const name = cell(r, '姓名');
    if (name === '') problems.push('没有填姓名');
    else if ([...name].length > MAX_NAME) problems.push(`姓名太长了，不能超过 ${MAX_NAME} 个字`);

    const genderText = cell(r, '性别');
    const gender = genderText === '' ? null : genderText === '男' || genderText === '女' ? genderText : undefined;
    if (gender === undefined) problems.push(`性别“${genderText}”看不懂，请填“男”或“女”`);

    const birthText = cell(r, '出生年份').replace(/年$/, '');
    let birthYear: number | null = null;
    if (birthText !== '') {
      const problem = birthYearProblem(birthText, thisYear);
      if (problem) problems.push(problem.replace(/。$/, ''));
      else birthYear = Number(birthText);
    }

    const phoneText = cell(r, '手机号');
    const phone = normalisePhone(phoneText);
    if (phoneText === '') problems.push('没有填手机号');
    else if (phone === null) problems.push(`手机号“${phoneText}”位数不对，应当是 11 位数字，例如 13905921234`);
    else if (phoneRow.has(phone))
      problems.push(`手机号 ${phone} 和第 ${phoneRow.get(phone)} 行重复了，一个手机号只能属于一个人`);
    else phoneRow.set(phone, row);

    const partyText = cell(r, '入党时间');
    const joinedPartyOn = partyText === '' ? null : normalisePartyDate(partyText, thisYear);
    if (partyText !== '' && joinedPartyOn === null)
      problems.push(`入党时间“${partyText}”看不懂，请写成 1975-07 或 1975年7月 这样`);

    const formerPost = cell(r, '原单位职务') || null;
    if (formerPost !== null && [...formerPost].length > MAX_POST)
      problems.push(`原单位职务太长了，不能超过 ${MAX_POST} 个字`);
    const skills = cell(r, '特长') || null;
    if (skills !== null && [...skills].length > MAX_SKILLS) problems.push(`特长太长了，不能超过 ${MAX_SKILLS} 个字`);

    const rosterNo = cell(r, '花名册编号') || null;
    if (rosterNo !== null) {
      if (rosterNo.length > 40) problems.push('花名册编号太长了');
      else if (rosterNoRow.has(rosterNo))
        problems.push(`花名册编号 ${rosterNo} 和第 ${rosterNoRow.get(rosterNo)} 行重复了`);
      else rosterNoRow.set(rosterNo, row);
    }

    const branchRef = cell(r, '所在支部');
    let orgUnitId = 0;
    if (branchRef === '') problems.push('没有填所在支部');
    else {
      const unit = branches.find(branchRef);
      if (!unit)
        problems.push(
          `支部“${lastSegment(branchRef)}”不存在，请写完整的路径（例如 东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部）或支部编号`,
        );
      else if (unit.level !== 'branch') problems.push(`“${unit.name}”不是支部，党员要落在具体的支部上`);
      else if (unit.closed) problems.push(`支部“${unit.name}”已经撤销，不能再加入党员`);
      else if (!unit.inScope) problems.push(`支部“${unit.name}”不在您的管理范围内`);
      else orgUnitId = unit.id;
    }

    if (problems.length > 0) {
      errors.push({ row, message: `第 ${row} 行：${problems.join('；')}。` });
      return;
    }
    entries.push({
      row,
      name,
      gender: gender ?? null,
      birthYear,
      phone: phone as string,
      joinedPartyOn,
      formerPost,
      orgUnitId,
      rosterNo,
      skills,
    });
  });
  if (entries.length === 0 && errors.length === 0)
    errors.push({ row: 2, message: '文件里除了表头没有党员。请在第 2 行起每行填一位党员。' });
  return { entries, errors };
}

function lastSegment(ref: string): string {
  const parts = ref
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts[parts.length - 1] ?? ref;
}

/** The fields a roster row sets on a person, as stored. */
export interface RosterFields {
  name: string;
  gender: string | null;
  birth_year: number | null;
  phone: string | null;
  joined_party_on: string | null;
  former_post: string | null;
  org_unit_id: number;
  roster_no: string | null;
  skills: string | null;
}

export function fieldsOf(entry: RosterEntry): RosterFields {
  return {
    name: entry.name,
    gender: entry.gender,
    birth_year: entry.birthYear,
    phone: entry.phone,
    joined_party_on: entry.joinedPartyOn,
    former_post: entry.formerPost,
    org_unit_id: entry.orgUnitId,
    roster_no: entry.rosterNo,
    skills: entry.skills,
  };
}

/**
 * What the row changes on the person it matched: only the fields it names. An empty optional cell keeps what is
 * on record (a file without 特长 does not wipe skills a member typed in); an empty roster number likewise.
 */
export function changesFor(existing: RosterFields, entry: RosterEntry): Partial<RosterFields> {
  const next = fieldsOf(entry);
  const changes: Partial<RosterFields> = {};
  for (const key of Object.keys(next) as (keyof RosterFields)[]) {
    const value = next[key];
    if (value === null) continue;
    if (existing[key] !== value) (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}

/** The dry run's summary in one sentence, e.g. "将新增 3912 人，更新 85 人，另有 12 人没有变化。". */
export function importSummary(
  counts: { created: number; updated: number; unchanged: number },
  errors: readonly RowError[],
  dryRun: boolean,
): string {
  if (errors.length > 0) {
    const rows = errors
      .slice(0, 10)
      .map((e) => e.row)
      .join('、');
    return `文件里有 ${errors.length} 行有问题（第 ${rows}${errors.length > 10 ? ' 等' : ''} 行），这次没有导入任何人。请改好文件后重新上传。`;
  }
  const verb = dryRun ? '将' : '已';
  return `${verb}新增 ${counts.created} 人，${verb}更新 ${counts.updated} 人，另有 ${counts.unchanged} 人没有变化。`;
}
