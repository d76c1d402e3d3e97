// What the roster screens say: each destructive action asks once, in a full sentence naming the person.
import type { RosterPerson } from '../../../contracts/org';
import { PERSON_STATUS_NAMES, type PersonStatus } from '../../../contracts/org-names';
import { dateWords, monthLabel, plainDateWords, sinceWords } from '../../entities/time/calendar';

/** "手机 138****5678，莲花社区离退休干部党支部" — the line under a name in the list. */
export function personLine(p: Pick<RosterPerson, 'phone' | 'orgUnitName' | 'status'>): string {
  const parts = [p.phone ? `手机 ${p.phone}` : '没有登记手机', p.orgUnitName];
  if (p.status !== 'active') parts.push(PERSON_STATUS_NAMES[p.status as PersonStatus]);
  return parts.join('，');
}

export function confirmTransferWords(name: string, branch: string): string {
  return `确定要把${name}同志转到“${branch}”吗？要等那个支部的书记接收以后，${name}同志才会转过去。`;
}

export function confirmAcceptWords(name: string, from: string, to: string): string {
  return `确定接收${name}同志从“${from}”转入“${to}”吗？接收以后，${name}同志就是您支部的党员了。`;
}

/** `on` is a China day, YYYY-MM-DD. */
export function confirmDeceasedWords(name: string, on: string): string {
  return `确定要登记${name}同志已于${dateWords(on)}去世吗？登记以后，他会从在册名单中移出，档案和学习记录都会保留。`;
}

export function confirmCloseWords(unit: string): string {
  return `确定要撤销“${unit}”吗？撤销以后，它的记录都会保留，但不能再加入党员或新建下级单位。`;
}

export function confirmRevokeWords(name: string): string {
  return `确定要作废给${name}同志的邀请码吗？作废以后，这个邀请码和二维码都不能再用了。`;
}

/** A typed date forgiven: 2026-11-20, 2026.11.20, 2026/11/20, 2026年11月20日 → "2026-11-20"; null when it is not one. */
export function typedDay(text: string): string | null {
  const m = text.trim().match(/^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The code in two groups of four, as it is read aloud: "ABCD EFGH". */
export function spacedCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

export function confirmGrantWords(name: string, role: string, unit: string): string {
  return `确定任命${name}同志为“${unit}”的${role}吗？任命以后，他要重新登录一次。`;
}

export function confirmRevokeRoleWords(name: string, role: string, unit: string): string {
  return `确定免去${name}同志“${unit}”${role}的职务吗？免去以后，他要重新登录一次。`;
}

export function confirmMoveWords(unit: string, parent: string): string {
  return `确定把“${unit}”连同下面所有的单位和党员，移到“${parent}”下面吗？`;
}

export function confirmWithdrawWords(name: string, to: string, from: string): string {
  return `确定要撤回${name}同志转往“${to}”的转接吗？撤回以后，${name}同志还留在“${from}”。`;
}

/** The line a pending transfer is said in: to the member herself, or to whoever manages her. */
export function pendingTransferWords(to: string, createdAt: string, self: boolean): string {
  const who = self ? '您的组织关系' : '';
  return `${who}正在转往“${to}”，等待对方接收。${sinceWords(createdAt)}发出。`;
}

/** What 生成邀请单 will do, said before the button. */
export function sheetPlanWords(slips: number, openCodes: number, skipped: number): string {
  const voids = openCodes > 0 ? `以前发的还没用的${openCodes}张邀请码会作废。` : '';
  const others = skipped > 0 ? `另有${skipped}位已经能登录，不需要。` : '';
  return `会给这个支部里还没登录的${slips}位党员每人生成一个新的邀请码。${voids}${others}`;
}

export function confirmSheetWords(openCodes: number): string {
  return `会作废之前还没用的${openCodes}张邀请码，确定吗？作废以后，那些邀请码和二维码都不能再用了。`;
}

/** A date on a record (入党时间 1966, 1966-08 or 1966-08-05; a status date) in words: "1966年", "1966年8月", "1966年8月5日". */
export function recordDateWords(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}年`;
  if (/^\d{4}-\d{2}$/.test(value)) return monthLabel(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return plainDateWords(value);
  return value;
}

const EARLIEST_PARTY_YEAR = 1900;

/**
 * 入党时间 however it is written (1966, 1966-08, 1966.8, 1966/8, 1966年8月, 1966年8月5日) in the record's form
 * ("1966", "1966-08", "1966-08-05"); null when it is not a real year, month or day. Most members know the month of
 * joining, not the day, so a month is enough and a day picker would only invent one.
 */
export function typedPartyDate(text: string, now: Date = new Date()): string | null {
  const m = text
    .trim()
    .match(/^(\d{4})\s*(?:年)?\s*(?:[-./]?\s*(\d{1,2})\s*(?:月)?\s*(?:[-./]?\s*(\d{1,2})\s*日?)?)?$/);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < EARLIEST_PARTY_YEAR || year > now.getFullYear()) return null;
  if (m[2] === undefined) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (m[3] === undefined) return `${m[1]}-${mm}`;
  return typedDay(`${m[1]}-${mm}-${m[3]}`);
}
