// The 活动 tab in 特大: the kinds of events fold into one line, so the first event is reached before any filter;
// 发布和管理活动 comes after the list.
import { act, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import type { EventsApi } from '../../../../contracts/events';
import { useDisplayStore } from '../../../lib/display-store';
import { listEvents } from '../api/list-events';
import { EventsListView } from './events-list-view';

jest.mock('../api/list-events', () => ({ listEvents: jest.fn() }));

const secretary: User = {
  id: 3,
  name: '张书记',
  roles: ['member', 'secretary'],
  grants: [{ role: 'secretary', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};
const lecture = {
  id: 1,
  title: '党史宣讲报告会',
  type: 'lecture',
  mode: 'first_come',
  place: '礼堂',
  startAt: '2026-12-10T01:00:00Z',
  endAt: '2026-12-10T03:00:00Z',
  capacity: 50,
  confirmed: 10,
  waitlisted: 0,
  applicants: 0,
  signedUp: 10,
  mine: { status: 'confirmed' },
} as unknown as EventsApi['list']['output']['events'][number];

describe('EventsListView in 特大', () => {
  afterEach(() => act(() => useDisplayStore.getState().setTextSize('normal')));

  it('folds the kinds behind 筛选：全部活动 and puts the events before 发布和管理活动', async () => {
    act(() => useDisplayStore.getState().setTextSize('xlarge'));
    jest.mocked(listEvents).mockResolvedValue({ events: [lecture] });
    render(<EventsListView user={secretary} />);
    await act(async () => undefined);
    expect(screen.queryByText('主题党日')).toBeNull();
    expect(screen.getByText('筛选：全部活动')).toBeTruthy();
    const text = document.body.textContent!;
    expect(text.indexOf('党史宣讲报告会')).toBeLessThan(text.indexOf('发布和管理活动'));
    expect(screen.getByText('已报名')).toBeTruthy();
  });
});
