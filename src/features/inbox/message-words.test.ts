import { markedAllSentence, newMessagesWords, unreadSentence } from './message-words';

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
});
