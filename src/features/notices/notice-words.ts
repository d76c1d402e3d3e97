// What the notices screens say, as pure functions: counts, labels in words (never a colour alone), sentences.
import type { ManagedNotice, NoticeSummary, ReceiptState, ReceiptsOutput } from '../../../contracts/notices';
import { tomorrowInChinaAt } from '../../entities/time/calendar';

const MOST_COUNTED = 99;

/** The badge on 首页 and 我的: "3 条未读", "没有未读". */
export function unreadWords(count: number): string {
  if (count <= 0) return '没有未读';
  return count > MOST_COUNTED ? `${MOST_COUNTED} 条以上未读` : `${count} 条未读`;
}

/** The words beside a notice in the list, in the order they matter. */
export function noticeLabels(
  n: Pick<
    NoticeSummary,
    'pinned' | 'importance' | 'read' | 'updated' | 'updatedSinceRead' | 'needsAck' | 'acknowledged'
  >,
): string[] {
  const labels: string[] = [];
  // A notice kept at the top and an important one are both 重要 to her (docs/WORDS.md: never 置顶).
  if (n.pinned || n.importance === 'important') labels.push('重要');
  labels.push(n.read ? '已读' : '未读');
  if (n.updated && (!n.read || n.updatedSinceRead)) labels.push('已更新');
  if (n.needsAck) labels.push(n.acknowledged ? '已收到' : '请按“收到”');
  return labels;
}

/** The line above the list. */
export function listSentence(items: readonly Pick<NoticeSummary, 'read'>[]): string {
  const unread = items.filter((n) => !n.read).length;
  if (items.length === 0) return '现在没有通知。';
  return unread > 0 ? `您有 ${unread} 条通知还没有看。` : '通知您都看过了。';
}

/** The body as paragraphs, blank lines dropped. */
export function paragraphsOf(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function receiptsSentence(r: Pick<ReceiptsOutput, 'total' | 'read' | 'acknowledged' | 'notice'>): string {
  return r.notice.needsAck
    ? `共 ${r.total} 人：已读 ${r.read} 人，已收到 ${r.acknowledged} 人。`
    : `共 ${r.total} 人：已读 ${r.read} 人。`;
}

export function pendingSentence(r: Pick<ReceiptsOutput, 'pendingTotal' | 'pendingNamed' | 'notice'>): string {
  if (r.pendingTotal === 0) return r.notice.needsAck ? '大家都已经按了“收到”。' : '大家都已经看过了。';
  const still = r.notice.needsAck
    ? `还有 ${r.pendingTotal} 人没有按“收到”，可以打电话问一问。`
    : `还有 ${r.pendingTotal} 人没有看，可以打电话问一问。`;
  // People whose roles reach beyond the viewer (the city admin at home in a branch) are not on the viewer's list.
  const beyond = r.pendingTotal - r.pendingNamed;
  if (beyond <= 0) return still;
  return `${still}下面列出的是您能联系的 ${r.pendingNamed} 位；另外 ${beyond} 位担任上级职务，由上级管理员联系。`;
}

/** Where one person on the call list stands, after their name and branch. */
export function callStateWords(state: ReceiptState, needsAck: boolean): string {
  if (state === 'unread') return '还没看';
  if (state === 'read') return needsAck ? '看过了，还没按“收到”' : '已读';
  return '已收到';
}

/** The 提醒 button: whom it reaches (those still to answer). */
export function remindLabel(r: Pick<ReceiptsOutput, 'pendingTotal' | 'notice'>): string {
  return r.notice.needsAck ? `提醒还没按“收到”的 ${r.pendingTotal} 人` : `提醒还没看的 ${r.pendingTotal} 人`;
}

/** Above what a search of the call list found. */
export function foundSentence(query: string): string {
  return `按“${query}”找到的人在下面。`;
}

/** A search of the call list that found no one. */
export function noMatchSentence(query: string): string {
  return `名单里没有找到“${query}”。可以只写名字里的一个字，或写拼音首字母。`;
}

export type ExpiryChoice = 'never' | 'week' | 'month';
export const EXPIRY_CHOICES: { value: ExpiryChoice; label: string }[] = [
  { value: 'never', label: '一直显示' },
  { value: 'week', label: '显示一周' },
  { value: 'month', label: '显示一个月' },
];
const DAY_MS = 86_400_000;

export function expiresAtFor(choice: ExpiryChoice, now: Date): string | null {
  if (choice === 'never') return null;
  return new Date(now.getTime() + (choice === 'week' ? 7 : 30) * DAY_MS).toISOString();
}

export type PublishChoice = 'now' | 'tomorrow-morning';
export const PUBLISH_CHOICES: { value: PublishChoice; label: string }[] = [
  { value: 'now', label: '现在发出' },
  { value: 'tomorrow-morning', label: '明天早上8点' },
];
/** When to publish: null for now; "明天早上8点" is 8:00 tomorrow in China time, whatever the phone's zone. */
export function publishAtFor(choice: PublishChoice, now: Date): string | null {
  return choice === 'now' ? null : tomorrowInChinaAt(8, now);
}

/** 我发的通知: how far a notice has got, "已读 120 / 290 人，已收到 80 人"; nothing before it is published. */
export function managedCountsWords(
  n: Pick<ManagedNotice, 'members' | 'read' | 'acknowledged' | 'needsAck' | 'publishAt'>,
  now: Date,
): string | null {
  if (n.publishAt > now.toISOString()) return null;
  const read = `已读 ${n.read} / ${n.members} 人`;
  return n.needsAck ? `${read}，已收到 ${n.acknowledged} 人` : read;
}

export function managedStatus(n: Pick<ManagedNotice, 'withdrawn' | 'showing' | 'publishAt'>, now: Date): string {
  if (n.withdrawn) return '已撤回';
  if (n.showing) return '显示中';
  return n.publishAt > now.toISOString() ? '定时发布' : '已过期';
}
