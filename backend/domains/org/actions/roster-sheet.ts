// The roster as a spreadsheet: the template's columns first (so an export can be edited and imported again), then
// the roster number, skills, status and 系统编号 (the person's id: the import finds a member without a phone by it,
// so our own export goes back in unchanged).
import { PERSON_STATUS_NAMES, type PersonStatus } from '../../../../contracts/org';
import { ROSTER_HEADERS } from '../../../rules/roster';
import type { SheetColumn } from '../../../runtime/deps';

const KEYS: Record<string, string> = {
  姓名: 'name',
  性别: 'gender',
  出生年份: 'birthYear',
  手机号: 'phone',
  入党时间: 'joinedPartyOn',
  原单位职务: 'formerPost',
  所在支部: 'branch',
};

/** Written as text even when all digits: a phone or a roster number is no quantity (a spreadsheet shows 1.39E+10). */
const TEXT_KEYS = new Set(['phone', 'rosterNo']);

const column = (header: string, key: string): SheetColumn =>
  TEXT_KEYS.has(key) ? { header, key, kind: 'text' } : { header, key };

export const ROSTER_COLUMNS: SheetColumn[] = [
  ...ROSTER_HEADERS.map((header) => column(header, KEYS[header])),
  column('花名册编号', 'rosterNo'),
  { header: '特长', key: 'skills' },
  { header: '状态', key: 'status' },
  { header: '系统编号', key: 'id' },
];

export interface SheetPerson {
  id: number;
  name: string;
  gender: string | null;
  birthYear: number | null;
  phone: string | null;
  joinedPartyOn: string | null;
  formerPost: string | null;
  branch: string;
  rosterNo: string | null;
  skills: string | null;
  status: PersonStatus;
}

export function rosterRow(p: SheetPerson): Record<string, string | number | null> {
  return { ...p, status: PERSON_STATUS_NAMES[p.status] };
}
