// 排班: tapping a shift changes nothing until she says yes in a dialog naming the shift; that yes asks WeChat's
// consent for the evening-before reminder first, then signs up; giving a shift back asks no consent.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import type { PostDetail } from '../../../../contracts/volunteer';
import { useSessionStore } from '../../../entities/session/session-store';
import { getPost } from '../api/get-post';
import { joinShift } from '../api/join-shift';
import { leaveShift } from '../api/leave-shift';
import { PostView } from './post-view';

jest.mock('../api/get-post', () => ({ getPost: jest.fn() }));
jest.mock('../api/join-shift', () => ({ joinShift: jest.fn() }));
jest.mock('../api/leave-shift', () => ({ leaveShift: jest.fn() }));

const volunteer: User = {
  id: 5,
  name: '李桂英',
  roles: ['member', 'volunteer'],
  grants: [{ role: 'volunteer', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};
const shift = (shiftId: number, mine: boolean) => ({
  shiftId,
  occursOn: '2026-12-08',
  start: '09:00',
  end: '11:00',
  service: `测血压${shiftId}`,
  capacity: 3,
  taken: 1,
  mine,
});
const post = {
  id: 2,
  name: '莲花社区志愿服务驿站',
  address: '莲花路 8 号',
  openHours: '',
  services: [],
  contactPhone: '',
  orgUnitName: '莲花社区',
  checkInMode: 'geo',
  thisWeek: [shift(1, false), shift(2, true)],
  manages: false,
} as unknown as PostDetail;

describe('PostView and WeChat consent', () => {
  beforeEach(() => {
    act(() => useSessionStore.setState({ status: 'signed-in', user: volunteer, error: null }));
    jest.mocked(getPost).mockResolvedValue(post);
  });

  it('asks for the shift reminder before signing up for a shift, and nothing when giving one back', async () => {
    const order: string[] = [];
    const askConsent = jest.fn(() => order.push('ask'));
    jest
      .mocked(joinShift)
      .mockImplementation(
        async () => (order.push('join'), { message: '您已报名这个班次。' }) as Awaited<ReturnType<typeof joinShift>>,
      );
    jest
      .mocked(leaveShift)
      .mockImplementation(
        async () => (order.push('leave'), { message: '您已取消这个班次。' }) as Awaited<ReturnType<typeof leaveShift>>,
      );
    render(<PostView id={2} askConsent={askConsent} />);
    await act(async () => undefined);

    fireEvent.click(screen.getByText(/测血压1/));
    expect(screen.getByText(/^您要报名.+测血压1吗？/)).toBeTruthy();
    fireEvent.click(screen.getByText('先不报名，返回'));
    expect(order).toEqual([]);
    fireEvent.click(screen.getByText(/测血压1/));
    fireEvent.click(screen.getByText('确定报名'));
    expect(askConsent).toHaveBeenCalledWith(['volunteer_shift_reminder']);
    await act(async () => undefined);
    expect(order).toEqual(['ask', 'join']);
    expect(screen.getByText('您已报名这个班次。')).toBeTruthy();

    fireEvent.click(screen.getByText(/测血压2/));
    expect(order).toEqual(['ask', 'join']);
    expect(screen.getByText(/^您要取消.+测血压2的报名吗？/)).toBeTruthy();
    fireEvent.click(screen.getByText('确定取消报名'));
    await act(async () => undefined);
    expect(order).toEqual(['ask', 'join', 'leave']);
    expect(askConsent).toHaveBeenCalledTimes(1);
  });
});
