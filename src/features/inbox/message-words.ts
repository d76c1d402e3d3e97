// What the inbox says about counts and notices, in words a 75-year-old reads at a glance (never a bare number or a
// red dot, never jargon such as 需回执 or 置顶).
import type { InboxNotice } from '../../../contracts/inbox';

/** Beyond this the exact number stops helping: "99 条以上新消息". */
const MOST_COUNTED = 99;

/** The badge on 首页 and 我的: "3 条新消息", "没有新消息". */
export function newMessagesWords(unread: number): string {
  if (unread <= 0) return '没有新消息';
  return unread > MOST_COUNTED ? `${MOST_COUNTED} 条以上新消息` : `${unread} 条新消息`;
}

/** The line above the list in 我的消息. */
export function unreadSentence(unread: number): string {
  return unread > 0 ? `您有 ${unread} 条消息还没有看。` : '您的消息都看过了。';
}

/** The confirmation after “全部标为已读”. */
export function markedAllSentence(marked: number): string {
  return marked > 0 ? `已把 ${marked} 条消息都标为已读。` : '消息都已经看过了，不用再标。';
}

/** The words beside a notice waiting in 我的消息, in the order they matter. */
export function waitingNoticeLabels(
  n: Pick<InboxNotice, 'important' | 'read' | 'needsAck' | 'acknowledged'>,
): string[] {
  const labels: string[] = [];
  if (n.important) labels.push('重要');
  if (!n.read) labels.push('未读');
  if (n.needsAck && !n.acknowledged) labels.push('请按“收到”');
  return labels;
}

/** What tapping a waiting notice does, said on it. */
export function waitingNoticeAction(n: Pick<InboxNotice, 'read' | 'needsAck' | 'acknowledged'>): string {
  if (n.needsAck && !n.acknowledged) return n.read ? '点这里打开，看完按“收到”' : '点这里看通知，看完按“收到”';
  return '点这里看通知';
}

/**
 * The line above the notices still waiting for her, only when all of them are read and wait for 收到 (new ones are
 * counted in the sentence at the top already; one line fewer keeps the first notice on the first screen in 特大).
 */
export function waitingNoticesSentence(notices: readonly Pick<InboxNotice, 'read'>[]): string | null {
  return notices.some((n) => !n.read) ? null : '这些通知请您按“收到”，让支部知道您看到了。';
}

/** Said when there is nothing at all: honest about what will arrive here, and where read notices are kept. */
export const EMPTY_INBOX_SENTENCE =
  '支部发了新通知、您报名的活动有了变化，都会在这里告诉您。看过的通知在“通知公告”里。';
