// What the inbox says about counts, in words a 75-year-old reads at a glance (never a bare number or a red dot).

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
