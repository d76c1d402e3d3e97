import { helpRequestProblem, windowMinutes } from './rules';

const now = new Date('2026-12-07T02:00:00.000Z');
const ok = {
  category: '健康助老',
  service: '陪诊',
  startsAt: '2026-12-08T01:00:00.000Z',
  endsAt: '2026-12-08T03:00:00.000Z',
};

describe('what makes a help request acceptable', () => {
  it('takes a service of its area in a future window', () => {
    expect(helpRequestProblem(ok, now)).toBeNull();
    expect(windowMinutes(ok.startsAt, ok.endsAt)).toBe(120);
  });

  it('refuses a category or service outside the catalogue, or a service under another area', () => {
    expect(helpRequestProblem({ ...ok, category: '旅游' }, now)).toBe('请选择要哪一类帮助。');
    expect(helpRequestProblem({ ...ok, service: '修电脑' }, now)).toBe('这项帮助不在服务目录里，请重新选择。');
    expect(helpRequestProblem({ ...ok, category: '文化养老' }, now)).toBe('这项帮助不在服务目录里，请重新选择。');
  });

  it('refuses a window that has begun or passed, runs backwards, is too long or too far ahead', () => {
    expect(helpRequestProblem({ ...ok, startsAt: now.toISOString() }, now)).toBe(
      '这个时间已经过去了，请选一个以后的时间。',
    );
    expect(
      helpRequestProblem({ ...ok, startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z' }, now),
    ).toBe('这个时间已经过去了，请选一个以后的时间。');
    expect(helpRequestProblem({ ...ok, endsAt: ok.startsAt }, now)).toBe('结束时间要晚于开始时间。');
    expect(helpRequestProblem({ ...ok, endsAt: '2026-12-08T09:01:00.000Z' }, now)).toMatch(/最长 8 小时/);
    expect(helpRequestProblem({ ...ok, endsAt: '2026-12-08T09:00:00.000Z' }, now)).toBeNull();
    expect(
      helpRequestProblem({ ...ok, startsAt: '2027-04-01T01:00:00.000Z', endsAt: '2027-04-01T02:00:00.000Z' }, now),
    ).toMatch(/90 天以内/);
    expect(helpRequestProblem({ ...ok, startsAt: 'soon' }, now)).toBe('时间不对，请重新选择。');
  });
});
