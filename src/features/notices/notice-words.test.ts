import {
  callStateWords,
  foundSentence,
  managedCountsWords,
  noMatchSentence,
  remindLabel,
  publishAtFor,
  expiresAtFor,
  listSentence,
  managedStatus,
  noticeLabels,
  paragraphsOf,
  pendingSentence,
  receiptsSentence,
  unreadWords,
} from './notice-words';

const base = {
  pinned: false,
  importance: 'normal' as const,
  read: false,
  updated: false,
  updatedSinceRead: false,
  needsAck: false,
  acknowledged: false,
};

describe('notice words', () => {
  test('the unread count in words', () => {
    expect(unreadWords(0)).toBe('没有未读');
    expect(unreadWords(3)).toBe('3 条未读');
    expect(unreadWords(120)).toBe('99 条以上未读');
  });

  test('labels say pinned, important, read and receipts in words', () => {
    expect(noticeLabels(base)).toEqual(['未读']);
    // docs/WORDS.md: 重要 (never 置顶, and once even when both), 请按“收到” (never 需回执), 已收到.
    expect(noticeLabels({ ...base, pinned: true, importance: 'important', needsAck: true })).toEqual([
      '重要',
      '未读',
      '请按“收到”',
    ]);
    expect(noticeLabels({ ...base, pinned: true })).toEqual(['重要', '未读']);
    expect(noticeLabels({ ...base, read: true, needsAck: true, acknowledged: true })).toEqual(['已读', '已收到']);
    expect(noticeLabels({ ...base, read: true, updated: true, updatedSinceRead: true })).toEqual(['已读', '已更新']);
    expect(noticeLabels({ ...base, read: true, updated: true })).toEqual(['已读']);
  });

  test('sentences above the list and on the receipts page', () => {
    expect(listSentence([])).toBe('现在没有通知。');
    expect(listSentence([{ read: false }, { read: true }])).toBe('您有 1 条通知还没有看。');
    const notice = { needsAck: true };
    expect(receiptsSentence({ total: 36, read: 33, acknowledged: 31, notice } as never)).toBe(
      '共 36 人：已读 33 人，已收到 31 人。',
    );
    expect(pendingSentence({ pendingTotal: 5, pendingNamed: 5, notice } as never)).toBe(
      '还有 5 人没有按“收到”，可以打电话问一问。',
    );
    expect(pendingSentence({ pendingTotal: 0, pendingNamed: 0, notice } as never)).toBe('大家都已经按了“收到”。');
    expect(pendingSentence({ pendingTotal: 0, pendingNamed: 0, notice: { needsAck: false } } as never)).toBe(
      '大家都已经看过了。',
    );
    expect(pendingSentence({ pendingTotal: 90, pendingNamed: 88, notice: { needsAck: false } } as never)).toBe(
      '还有 90 人没有看，可以打电话问一问。下面列出的是您能联系的 88 位；另外 2 位担任上级职务，由上级管理员联系。',
    );
  });

  test('paragraphs, expiry and a managed notice’s status', () => {
    expect(paragraphsOf('一\n\n 二 \n')).toEqual(['一', '二']);
    const now = new Date('2026-12-01T00:00:00Z');
    expect(expiresAtFor('never', now)).toBeNull();
    expect(expiresAtFor('week', now)).toBe('2026-12-08T00:00:00.000Z');
    expect(managedStatus({ withdrawn: true, showing: false, publishAt: '2026-11-01' }, now)).toBe('已撤回');
    expect(managedStatus({ withdrawn: false, showing: false, publishAt: '2026-12-02T00:00:00Z' }, now)).toBe(
      '定时发布',
    );
    expect(managedStatus({ withdrawn: false, showing: false, publishAt: '2026-11-02T00:00:00Z' }, now)).toBe('已过期');
  });

  test('publishing tomorrow morning is 8:00 China time the next China day', () => {
    expect(publishAtFor('now', new Date())).toBeNull();
    // 23:30 in China on Dec 1 (15:30 UTC): tomorrow is Dec 2, 8:00 China = 00:00 UTC.
    expect(publishAtFor('tomorrow-morning', new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-02T00:00:00.000Z');
    // 00:30 in China on Dec 2 (16:30 UTC Dec 1): tomorrow is Dec 3.
    expect(publishAtFor('tomorrow-morning', new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-03T00:00:00.000Z');
  });

  test('the call list in words: where each person stands, 提醒 for whom, and a search that finds no one', () => {
    expect(callStateWords('unread', true)).toBe('还没看');
    expect(callStateWords('read', true)).toBe('看过了，还没按“收到”');
    expect(callStateWords('acknowledged', true)).toBe('已收到');
    expect(callStateWords('read', false)).toBe('已读');
    expect(remindLabel({ pendingTotal: 7, notice: { needsAck: true } } as never)).toBe('提醒还没按“收到”的 7 人');
    expect(remindLabel({ pendingTotal: 7, notice: { needsAck: false } } as never)).toBe('提醒还没看的 7 人');
    expect(foundSentence('zs')).toBe('按“zs”找到的人在下面。');
    expect(noMatchSentence('张三')).toBe('名单里没有找到“张三”。可以只写名字里的一个字，或写拼音首字母。');
  });

  test('我发的通知 says how far each notice has got, once it is published', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const n = { members: 290, read: 120, acknowledged: 80, needsAck: true, publishAt: '2026-11-30T00:00:00Z' };
    expect(managedCountsWords(n, now)).toBe('已读 120 / 290 人，已收到 80 人');
    expect(managedCountsWords({ ...n, needsAck: false }, now)).toBe('已读 120 / 290 人');
    expect(managedCountsWords({ ...n, publishAt: '2026-12-02T00:00:00Z' }, now)).toBeNull();
  });
});
