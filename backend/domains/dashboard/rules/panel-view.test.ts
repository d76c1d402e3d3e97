import { changeWords, grouped, limitsInOrder, panelView, statusOf, valueWords } from './panel-view';

describe('panel view', () => {
  it('hides a headline and every row drawn from fewer than 5 people, and says 少于5人', () => {
    const v = panelView(
      'activeVolunteers',
      'people',
      {
        value: 3,
        people: 3,
        previous: 2,
        series: [
          { label: '登记的志愿者', value: 3, people: 3 },
          { label: '队', value: 6, people: 6 },
        ],
      },
      undefined,
      '2026-12-05T18:00:00.000Z',
      '数据截至 …',
    );
    expect(v).toMatchObject({ value: null, hidden: true, summary: '少于5人', words: '少于5人', status: null });
    expect(v.rows).toEqual([
      { label: '登记的志愿者', value: null, words: '少于5人', hidden: true },
      { label: '队', value: 6, words: '6 人' },
    ]);
  });

  it('words the summary with last month', () => {
    const v = panelView('volunteerHours', 'hours', { value: 12340, people: 80, previous: 11426 }, undefined, 'x', 'y');
    expect(v.summary).toBe('本月志愿服务 12,340 小时，比上月多 8%');
    expect(changeWords('percent', 82, 79)).toBe('，比上月高 3 个百分点');
    expect(changeWords('people', 5, 5)).toBe('，和上月差不多');
    expect(changeWords('people', 5, null)).toBe('');
  });

  it('decides 红黄绿 either way round', () => {
    expect(statusOf('timebankCoverage', 0.9, { red: 1, green: 1.2 })).toBe('red');
    expect(statusOf('timebankCoverage', 1.1, { red: 1, green: 1.2 })).toBe('amber');
    expect(statusOf('timebankCoverage', 1.2, { red: 1, green: 1.2 })).toBe('green');
    expect(statusOf('caseMedianDays', 31, { red: 30, green: 15 })).toBe('red');
    expect(statusOf('caseMedianDays', 15, { red: 30, green: 15 })).toBe('green');
    expect(statusOf('members', 10, undefined)).toBeNull();
    expect(limitsInOrder('members', { red: 5, green: 1 })).toBe(false);
    expect(limitsInOrder('caseMedianDays', { red: 30, green: 15 })).toBe(true);
  });

  it('writes numbers the same way everywhere', () => {
    expect(grouped(1234567.5)).toBe('1,234,567.5');
    expect(valueWords('cases', 'count', 121)).toBe('121 件');
    expect(valueWords('timebankCoverage', 'ratio', 1.234)).toBe('1.23');
  });
});
