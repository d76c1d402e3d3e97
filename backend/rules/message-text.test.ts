import { messageLinkProblem, messageTextProblem, subscribePage } from './message-text';

describe('the text of an inbox message', () => {
  it('accepts one short full sentence', () => {
    expect(messageTextProblem('您已从候补转为正式报名：12月1日上午的党史讲座。')).toBeNull();
    expect(messageTextProblem('支部发了新通知，请您看一看！')).toBeNull();
  });

  it('refuses what is not a sentence a retiree can read at a glance', () => {
    expect(messageTextProblem('')).toMatch(/empty/);
    expect(messageTextProblem('   ')).toMatch(/empty/);
    expect(messageTextProblem('您已转为正式报名')).toMatch(/full stop/);
    expect(messageTextProblem('Your seat is confirmed.')).toMatch(/Chinese/);
    expect(messageTextProblem(`${'很'.repeat(60)}。`)).toMatch(/60/);
    expect(messageTextProblem('第一行。\n第二行。')).toMatch(/one line/);
    expect(messageTextProblem(' 前后有空格。')).toMatch(/spaces/);
  });

  it('counts characters as seen, not UTF-16 units', () => {
    expect(messageTextProblem(`${'𠀀'.repeat(58)}。`)).toBeNull();
  });
});

describe('the link of a message', () => {
  it('accepts a page of the app with string parameters', () => {
    expect(messageLinkProblem({ page: '/subpackages/events/detail/index', params: { id: '42' } })).toBeNull();
    expect(messageLinkProblem({ page: '/pages/home/index', params: {} })).toBeNull();
  });

  it('refuses links that lead outside the app or cannot be carried by WeChat', () => {
    expect(messageLinkProblem({ page: 'https://evil.example/', params: {} })).not.toBeNull();
    expect(messageLinkProblem({ page: '/subpackages/../../etc', params: {} })).not.toBeNull();
    expect(messageLinkProblem({ page: 'pages/home/index', params: {} })).not.toBeNull();
    expect(messageLinkProblem({ page: '/pages/home/index', params: { id: 5 as unknown as string } })).not.toBeNull();
    expect(messageLinkProblem({ page: '/pages/home/index', params: { 'a b': '1' } })).not.toBeNull();
    expect(messageLinkProblem({ page: '/pages/home/index', params: { q: 'x'.repeat(200) } })).not.toBeNull();
  });

  it('becomes the page a subscribe message opens: no leading slash, query encoded', () => {
    expect(subscribePage({ page: '/subpackages/events/detail/index', params: { id: '42', from: '消息' } })).toBe(
      'subpackages/events/detail/index?id=42&from=%E6%B6%88%E6%81%AF',
    );
    expect(subscribePage({ page: '/pages/home/index', params: {} })).toBe('pages/home/index');
    expect(subscribePage(null)).toBe('pages/mine/index');
  });
});
