import {
  markedAllSentence,
  newMessagesWords,
  unreadSentence,
  waitingNoticeAction,
  waitingNoticeLabels,
  waitingNoticesSentence,
} from './message-words';

describe('inbox words', () => {
  it('says the badge count in words, and plainly when there is nothing new', () => {
    expect(newMessagesWords(3)).toBe('3 条新消息');
    expect(newMessagesWords(1)).toBe('1 条新消息');
    expect(newMessagesWords(0)).toBe('没有新消息');
    expect(newMessagesWords(99)).toBe('99 条新消息');
    expect(newMessagesWords(250)).toBe('99 条以上新消息');
  });

  it('says how many are unread, and what “全部标为已读” did, in full sentences', () => {
    expect(unreadSentence(4)).toBe('您有 4 条消息还没有看。');
    expect(unreadSentence(0)).toBe('您的消息都看过了。');
    expect(markedAllSentence(4)).toBe('已把 4 条消息都标为已读。');
    expect(markedAllSentence(0)).toBe('消息都已经看过了，不用再标。');
  });

  it('labels a waiting notice in plain words: 重要, 未读, 请按收到 — never 需回执 or 置顶', () => {
    const notice = { important: true, read: false, needsAck: true, acknowledged: false };
    expect(waitingNoticeLabels(notice)).toEqual(['重要', '未读', '请按“收到”']);
    expect(waitingNoticeLabels({ ...notice, read: true })).toEqual(['重要', '请按“收到”']);
    expect(waitingNoticeLabels({ ...notice, important: false, needsAck: false })).toEqual(['未读']);
    expect(waitingNoticeAction(notice)).toBe('点这里看通知，看完按“收到”');
    expect(waitingNoticeAction({ ...notice, needsAck: false })).toBe('点这里看通知');
    expect(waitingNoticesSentence([{ read: false }, { read: true }])).toBeNull();
    expect(waitingNoticesSentence([{ read: true }])).toBe('这些通知请您按“收到”，让支部知道您看到了。');
  });
});
