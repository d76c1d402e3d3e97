// What the roster screens say: each destructive action asks once, in a full sentence naming the person.
import type { RosterPerson } from '../../../contracts/org';
import { PERSON_STATUS_NAMES, type PersonStatus } from '../../../contracts/org-names';
import { dateWords } from '../../entities/time/calendar';

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
