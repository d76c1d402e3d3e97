// What is wrong with a record's form, every field at once (src/lib/form-problems.ts), in the same sentences the
// server would answer (contracts/org.ts), so she is told before sending and all together, not one per press.
import type { Problems } from '../../lib/form-problems';
import { typedPartyDate } from './roster-words';

export type PersonField = 'name' | 'birthYear' | 'phone' | 'joined';

export interface PersonFormValues {
  name: string;
  birthYear: string;
  phone: string;
  joined: string;
}

/** A member of the roster is at least this old (the contract's own bound). */
const YOUNGEST_AGE = 40;

export const cleanPhone = (phone: string) => phone.replace(/[\s-]/g, '');

/** `checkName`: the name box is on the form (a member correcting her own record cannot rename herself). */
export function personProblems(v: PersonFormValues, checkName: boolean, now: Date = new Date()): Problems<PersonField> {
  const problems: Problems<PersonField> = {};
  if (checkName && !v.name.trim()) problems.name = '请填写姓名。';
  const year = v.birthYear.trim();
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > now.getFullYear() - YOUNGEST_AGE))
    problems.birthYear = '出生年份请写四位数的年份，例如 1948。';
  const phone = cleanPhone(v.phone.trim());
  if (phone && !/^1[3-9]\d{9}$/.test(phone)) problems.phone = '手机号应当是 11 位数字，例如 13905921234。';
  if (v.joined.trim() && typedPartyDate(v.joined, now) === null)
    problems.joined = '入党时间请写年份和月份，例如 1975年7月。';
  return problems;
}
