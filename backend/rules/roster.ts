// The roster file's rules: which headers it needs, how each cell is read, and every row's problems in a sentence
// that names its row number, so an office worker can fix the file in Excel. Pure: the branches, the people already
// on the roll and the current year are passed in; nothing here reads a file or the database.

/** The template's headers, in order; the checks name these and more may follow. */
export const ROSTER_HEADERS = ['姓名', '性别', '出生年份', '手机号', '入党时间', '原单位职务', '所在支部'] as const;
/**
 * The 银发人才库's optional columns (talent.importTalents reads them from the same file; the roster import ignores
 * them): the field, the qualifications and the day the person signed the paper consent. 特长 gives the specialities.
 */
export const TALENT_HEADERS = ['人才领域', '资质', '同意日期'] as const;
/** Optional columns after them: a roster number matches a person whose phone changed; skills feed the talent pool. */
export const OPTIONAL_HEADERS = ['花名册编号', '特长', '系统编号', '说明', ...TALENT_HEADERS] as const;
export const MAX_ROSTER_ROWS = 100_000;
/** The header row is looked for in this many first rows: a 名册 usually has a merged title row (or two) above it. */
export const HEADER_SEARCH_ROWS = 10;
/** The optional column the template marks its example row in; such a row is skipped, never imported. */
export const NOTE_HEADER = '说明';
export const EXAMPLE_NOTE = '示例，导入时会跳过，可以删掉这一行';
/** The template's example person: also skipped in a template downloaded before it carried the 说明 column. */
export const TEMPLATE_EXAMPLE = {
  name: '张秀英',
  gender: '女',
  birthYear: 1948,
  phone: '13905920000',
  joinedPartyOn: '1972-07',
  formerPost: '市纺织厂 工会主席',
  branch: '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部',
} as const;
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

type Header = (typeof ROSTER_HEADERS)[number] | (typeof OPTIONAL_HEADERS)[number];

/** One person as the file describes them. */
export interface RosterEntry {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  name: string;
  gender: '男' | '女' | null;
  birthYear: number | null;
  /** Null only on a row naming someone already on the roll (系统编号 or 花名册编号) who has no phone. */
  phone: string | null;
  joinedPartyOn: string | null;
  formerPost: string | null;
  orgUnitId: number;
  rosterNo: string | null;
  /** The 系统编号 column our export writes: the person's id, so a member without a phone is found again. */
  personId: number | null;
  skills: string | null;
  /** The talent columns, when the row fills 人才领域 (talent.importTalents; the roster import leaves them). */
  talent: RosterTalent | null;
}

export interface RosterTalent {
  field: string;
  qualifications: string | null;
  /** The paper consent's day (YYYY-MM-DD), or null: then she is asked in the app before she can be invited. */
  consentOn: string | null;
}

export interface RowError {
  row: number;
  message: string;
}

/** How a 所在支部 cell names a unit: by its full path without the city ("思明区/鹭江街道/…") or by its code. */
export interface BranchDirectory {
  find(ref: string): { id: number; name: string; level: string; closed: boolean; inScope: boolean } | null;
}

/** Where a row is, as a sentence begins: "第 5 行", or "工作表“名册”第 5 行" when the file has sheets. */
export function rowPlace(row: number, sheet?: string): string {
  return sheet ? `工作表“${sheet}”第 ${row} 行` : `第 ${row} 行`;
}

const KNOWN_HEADERS: readonly string[] = [...ROSTER_HEADERS, ...OPTIONAL_HEADERS];

/** A header cell as written, without the spaces, full-width forms or stars (“*姓名”) people add. */
function headerOf(cell: string): string {
  return cell.normalize('NFKC').replace(/[\s*＊]/g, '');
}

/** How many of the required headers a row holds: the header row is the first that holds them all. */
function requiredHeadersIn(cells: readonly string[]): number {
  const found = new Set(cells.map(headerOf));
  return ROSTER_HEADERS.filter((h) => found.has(h)).length;
}

/**
 * The header row's index within the first HEADER_SEARCH_ROWS rows (title rows above it are skipped): the first row
 * holding every required header, else the row holding most of them (whose missing columns the problem names), and
 * whether it is complete.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): { index: number; complete: boolean } {
  let best = { index: 0, count: -1 };
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
    const count = requiredHeadersIn(rows[i] ?? []);
    if (count === ROSTER_HEADERS.length) return { index: i, complete: true };
    if (count > best.count) best = { index: i, count };
  }
  return { index: best.index, complete: false };
}

/** The column index of each header, or the file-level problem when one is missing. */
export function readHeaders(
  first: readonly string[],
  headerRow = 1,
  sheet?: string,
): { columns: Partial<Record<Header, number>> } | { error: RowError } {
  const columns: Partial<Record<Header, number>> = {};
  first.forEach((cell, i) => {
    const h = headerOf(cell) as Header;
    if (KNOWN_HEADERS.includes(h) && columns[h] === undefined) columns[h] = i;
  });
  const missing = ROSTER_HEADERS.filter((h) => columns[h] === undefined);
  if (missing.length > 0) {
    return {
      error: {
        row: headerRow,
        message: `${rowPlace(headerRow, sheet)}：表头缺少“${missing.join('”“')}”这${missing.length > 1 ? '几' : '一'}列。请用下载的模板填写，表头的列名不要改动。`,
      },
    };
  }
  return { columns };
}

/** Full-width digits, ideographic spaces and full-width signs as the half-width ones a phone number is made of. */
function halfWidth(raw: string): string {
  return raw.normalize('NFKC');
}

/** Mainland mobile numbers: a +86 or 86 prefix, spaces and dashes are forgiven; 11 digits starting with 1[3-9] remain. */
export function normalisePhone(raw: string): string | null {
  const digits = halfWidth(raw)
    .replace(/[\s\-()（）]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** What is wrong with a phone normalisePhone refused, in words: 位数不对 only when the count of digits is. */
export function phoneProblem(raw: string): string {
  const text = halfWidth(raw).replace(/[\s\-()（）]/g, '');
  if (text.includes('*')) return `手机号“${raw}”中间几位是隐去的，请填写完整的 11 位号码`;
  if (/[^\d+]/.test(text)) return `手机号“${raw}”里有不是数字的字，请只写 11 位数字，例如 13905921234`;
  const digits = text.replace(/^(\+?86)(?=\d{11}$)/, '');
  if (digits.length !== 11) return `手机号“${raw}”位数不对，有 ${digits.length} 位数字，应当是 11 位，例如 13905921234`;
  return `手机号“${raw}”不是手机号码，手机号是 13 到 19 开头的 11 位数字，例如 13905921234`;
}

/** 入党时间 as typed: 1975, 1975-07, 1975.7, 1975/7/1, 1975年7月, 1975年7月1日 → "1975", "1975-07" or "1975-07-01". */
export function normalisePartyDate(raw: string, thisYear: number): string | null {
  const m = halfWidth(raw)
    .trim()
    .match(/^(\d{4})\s*年?(?:\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?|\s*月)?)?$/);
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

/** A birth year as written: "1948", "1948年", or a date of birth ("1948-03-15", "1948年3月") whose year it is. */
function birthYearText(raw: string): string {
  const text = halfWidth(raw).trim();
  const date = text.match(
    /^(\d{4})\s*(?:年|[-./]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?|\s*月)?|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)$/,
  );
  return date ? date[1] : text;
}

/** The name as matched and searched: without the spaces people type inside it (“张\u3000三”, “赵 六” are 张三, 赵六). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

const MAX_NAME = 20;
const MAX_POST = 60;
const MAX_SKILLS = 200;
const MAX_TALENT_FIELD = 20;
const MAX_QUALIFICATIONS = 200;

/** A calendar day as YYYY-MM-DD from "2025-03-01", "2025/3/1", "2025.3.1" or "2025年3月1日"; undefined if not a day. */
export function calendarDay(raw: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.normalize('NFKC').replace(/\s/g, ''));
  if (!m) return undefined;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : undefined;
}

/** Cell text as a person would read it: no stray spaces or invisible characters. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/[\u200B-\u200D\uFEFF]/g, '').trim();
}

/** Where the rows sit in their file: the header's row number as Excel shows it, and the sheet's name. */
export interface RowsAt {
  headerRow?: number;
  sheet?: string;
}

/**
 * A whole sheet judged: its header row found within the first rows (title rows above it skipped), then every row
 * after it (judgeRosterRows), numbered as Excel shows them.
 */
export function judgeRosterSheet(
  rows: readonly (readonly string[])[],
  branches: BranchDirectory,
  thisYear: number,
  sheet?: string,
): { entries: RosterEntry[]; errors: RowError[]; skipped: RowError[] } {
  const { index } = findHeaderRow(rows);
  return judgeRosterRows(rows[index] ?? [], rows.slice(index + 1), branches, thisYear, { headerRow: index + 1, sheet });
}

/** True for the template's example row: marked in its 说明 cell, or the example person of an older template. */
function isExample(note: string, name: string, phone: string): boolean {
  if (note.startsWith('示例')) return true;
  return name === TEMPLATE_EXAMPLE.name && normalisePhone(phone) === TEMPLATE_EXAMPLE.phone;
}

/**
 * Every data row judged: the people it describes, and each problem as "第 N 行：…" (a row may have several).
 * Duplicate phones name both rows. `rows` are the cells after the header row; row numbers count from the header's.
 * The template's example row is skipped, with a sentence in `skipped`.
 */
export function judgeRosterRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  branches: BranchDirectory,
  thisYear: number,
  at: RowsAt = {},
): { entries: RosterEntry[]; errors: RowError[]; skipped: RowError[] } {
  const headerRow = at.headerRow ?? 1;
  const place = (row: number) => rowPlace(row, at.sheet);
  const errors: RowError[] = [];
  const skipped: RowError[] = [];
  const heads = readHeaders(header, headerRow, at.sheet);
  if ('error' in heads) return { entries: [], errors: [heads.error], skipped };
  if (rows.length > MAX_ROSTER_ROWS) {
    return {
      entries: [],
      errors: [
        {
          row: 1,
          message: `这个文件有 ${rows.length} 行，超过了 ${MAX_ROSTER_ROWS} 行的上限。请按区或街道分成几个文件，分别导入。`,
        },
      ],
      skipped,
    };
  }
  const col = heads.columns;
  const cell = (r: readonly string[], h: Header) => (col[h] === undefined ? '' : clean(r[col[h] as number]));
  const entries: RosterEntry[] = [];
  const phoneRow = new Map<string, number>();
  const rosterNoRow = new Map<string, number>();
  const idRow = new Map<number, number>();

  rows.forEach((r, i) => {
    const row = headerRow + i + 1;
    if (r.every((c) => clean(c) === '')) return; // blank lines between blocks are left alone
    const name = cell(r, '姓名');
    if (isExample(cell(r, '说明'), name, cell(r, '手机号'))) {
      skipped.push({ row, message: `${place(row)}是模板里的示例（${name || '示例'}），没有导入。` });
      return;
    }
    const problems: string[] = [];
    if (name === '') problems.push('没有填姓名');
    else if ([...name].length > MAX_NAME) problems.push(`姓名太长了，不能超过 ${MAX_NAME} 个字`);

    const genderText = cell(r, '性别');
    const gender = genderText === '' ? null : genderText === '男' || genderText === '女' ? genderText : undefined;
    if (gender === undefined) problems.push(`性别“${genderText}”看不懂，请填“男”或“女”`);

    const birthText = birthYearText(cell(r, '出生年份'));
    let birthYear: number | null = null;
    if (birthText !== '') {
      const problem = birthYearProblem(birthText, thisYear);
      if (problem) problems.push(problem.replace(/。$/, ''));
      else birthYear = Number(birthText);
    }

    // A phone may be empty only on a row naming someone already on the roll (系统编号 or 花名册编号): our own export
    // writes members added by invitation with a name only. The import refuses such a row if it matches nobody.
    const phoneText = cell(r, '手机号');
    const phone = phoneText === '' ? null : normalisePhone(phoneText);
    const idText = halfWidth(cell(r, '系统编号'));
    const personId = idText === '' ? null : /^\d{1,12}$/.test(idText) ? Number(idText) : undefined;
    const rosterNo = cell(r, '花名册编号') || null;
    if (phoneText === '') {
      if (personId == null && rosterNo === null) problems.push('没有填手机号');
    } else if (phone === null) problems.push(phoneProblem(phoneText));
    else if (phoneRow.has(phone))
      problems.push(`手机号 ${phone} 和第 ${phoneRow.get(phone)} 行重复了，一个手机号只能属于一个人`);
    else phoneRow.set(phone, row);

    if (personId === undefined) problems.push(`系统编号“${idText}”不对，这一列请保留导出时的数字，不要改动`);
    else if (personId !== null) {
      if (idRow.has(personId)) problems.push(`系统编号 ${personId} 和第 ${idRow.get(personId)} 行重复了`);
      else idRow.set(personId, row);
    }

    const partyText = cell(r, '入党时间');
    const joinedPartyOn = partyText === '' ? null : normalisePartyDate(partyText, thisYear);
    if (partyText !== '' && joinedPartyOn === null)
      problems.push(`入党时间“${partyText}”看不懂，请写成 1975-07 或 1975年7月 这样`);

    const formerPost = cell(r, '原单位职务') || null;
    if (formerPost !== null && [...formerPost].length > MAX_POST)
      problems.push(`原单位职务太长了，不能超过 ${MAX_POST} 个字`);
    const skills = cell(r, '特长') || null;
    if (skills !== null && [...skills].length > MAX_SKILLS) problems.push(`特长太长了，不能超过 ${MAX_SKILLS} 个字`);

    const talentField = cell(r, '人才领域');
    const qualifications = cell(r, '资质') || null;
    const consentText = cell(r, '同意日期');
    const consentOn = consentText === '' ? null : calendarDay(consentText);
    if (talentField !== '' && [...talentField].length > MAX_TALENT_FIELD)
      problems.push(`人才领域太长了，不能超过 ${MAX_TALENT_FIELD} 个字`);
    if (qualifications !== null && [...qualifications].length > MAX_QUALIFICATIONS)
      problems.push(`资质太长了，不能超过 ${MAX_QUALIFICATIONS} 个字`);
    if (consentOn === undefined)
      problems.push(`同意日期“${consentText}”看不懂，请写成 2025-03-01 或 2025年3月1日 这样`);
    else if (consentOn !== null && consentOn > `${thisYear}-12-31`) problems.push(`同意日期“${consentText}”还没到`);
    if (talentField === '' && (qualifications !== null || consentOn))
      problems.push('填了资质或同意日期，却没有填人才领域');

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
      errors.push({ row, message: `${place(row)}：${problems.join('；')}。` });
      return;
    }
    entries.push({
      row,
      name,
      gender: gender ?? null,
      birthYear,
      phone,
      joinedPartyOn,
      formerPost,
      orgUnitId,
      rosterNo,
      personId: personId ?? null,
      skills,
      talent: talentField === '' ? null : { field: talentField, qualifications, consentOn: consentOn ?? null },
    });
  });
  if (entries.length === 0 && errors.length === 0 && skipped.length === 0)
    errors.push({
      row: headerRow + 1,
      message: `${at.sheet ? `工作表“${at.sheet}”里` : '文件里'}除了表头没有党员。请在表头下面每行填一位党员。`,
    });
  return { entries, errors, skipped };
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

/** Each field as the file's header names it, for the dry run's "出生年份 1950 → 1951". */
export const FIELD_LABELS: Record<keyof RosterFields, string> = {
  name: '姓名',
  gender: '性别',
  birth_year: '出生年份',
  phone: '手机号',
  joined_party_on: '入党时间',
  former_post: '原单位职务',
  org_unit_id: '所在支部',
  roster_no: '花名册编号',
  skills: '特长',
};

/**
 * Why a row may not update the person it matched, or null: a different name (spaces aside) or sex means the row
 * describes someone else, and overwriting would turn one member into another. A rename is made on the person's page.
 */
export function otherPersonProblem(
  existing: { name: string; gender: string | null },
  entry: { name: string; gender: string | null },
  matchedBy: string,
): string | null {
  if (nameKey(existing.name) !== nameKey(entry.name))
    return `${matchedBy}登记的是${existing.name}，和这一行写的${entry.name}不是同一个名字。导入不会把一个人改成另一个人：如果是同一个人改了名，请在党员档案里改姓名；如果不是，请核对${matchedBy.replace(/ .*$/, '')}`;
  if (existing.gender !== null && entry.gender !== null && existing.gender !== entry.gender)
    return `${matchedBy}登记的${existing.name}是${existing.gender}的，这一行写的是${entry.gender}。请核对是不是同一个人；性别写错了请在党员档案里改`;
  return null;
}

/** The dry run's summary in one sentence, e.g. "将新增 3912 人，更新 85 人，另有 12 人没有变化。". */
export function importSummary(
  counts: { created: number; updated: number; unchanged: number },
  errors: readonly RowError[],
  dryRun: boolean,
  about: { sheet?: string; skipped?: readonly RowError[] } = {},
): string {
  const sheet = about.sheet ? `读的是工作表“${about.sheet}”。` : '';
  if (errors.length > 0) {
    const rows = errors
      .slice(0, 10)
      .map((e) => e.row)
      .join('、');
    return `${sheet}文件里有 ${errors.length} 行有问题（第 ${rows}${errors.length > 10 ? ' 等' : ''} 行），这次没有导入任何人。请改好文件后重新上传。`;
  }
  const verb = dryRun ? '将' : '已';
  const skipped = (about.skipped ?? []).map((s) => s.message).join('');
  return `${sheet}${verb}新增 ${counts.created} 人，${verb}更新 ${counts.updated} 人，另有 ${counts.unchanged} 人没有变化。${skipped}`;
}
