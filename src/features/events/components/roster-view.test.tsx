// The roster asks before it marks anyone present, only from the event's day, offers 撤销 afterwards; calling the event
// off needs a reason (said next to its box) and leaves the names and phone numbers to call.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { EventsApi, RosterRow } from '../../../../contracts/events';
import { cancelEvent } from '../api/cancel-event';
import { getRoster } from '../api/get-roster';
import { markAttendance } from '../api/mark-attendance';
import { RosterView } from './roster-view';

jest.mock('../api/get-roster', () => ({ getRoster: jest.fn() }));
jest.mock('../api/mark-attendance', () => ({ markAttendance: jest.fn() }));
jest.mock('../api/cancel-event', () => ({ cancelEvent: jest.fn() }));
jest.mock('../api/attendance-code', () => ({ getAttendanceCode: jest.fn() }));
jest.mock('../api/export-roster', () => ({ exportRoster: jest.fn() }));

const HOUR = 36e5;
const row = (over: Partial<RosterRow>): RosterRow => ({
  personId: 11,
  name: '王秀英',
  branch: '东湖社区第一党支部',
  signedUpAt: new Date(Date.now() - 48 * HOUR).toISOString(),
  signedUpBy: null,
  status: 'confirmed',
  place: null,
  attended: false,
  phone: '13800001111',
  ...over,
});
const rosterOf = (startsIn: number, rows: RosterRow[], cancelled = false) =>
  ({
    event: {
      id: 5,
      title: '重阳节座谈会',
      startAt: new Date(Date.now() + startsIn).toISOString(),
      endAt: new Date(Date.now() + startsIn + 2 * HOUR).toISOString(),
      capacity: 30,
      confirmed: rows.length,
      waitlisted: 0,
      signedUp: rows.length,
      cancelled,
      cancelReason: cancelled ? '场地临时停电' : null,
    },
    rows,
  }) as unknown as EventsApi['roster']['output'];

async function show(roster: EventsApi['roster']['output']) {
  jest.mocked(getRoster).mockResolvedValue(roster);
  render(<RosterView eventId={5} />);
  await act(async () => undefined);
}

beforeEach(() => {
  jest.mocked(markAttendance).mockReset();
  jest.mocked(cancelEvent).mockReset();
});

describe('RosterView: attendance by hand', () => {
  it('three days before the event a tap on a name marks nothing and says when it can', async () => {
    await show(rosterOf(72 * HOUR, [row({})]));
    expect(screen.getByText(/活动那天（.*）才能登记签到/)).toBeTruthy();
    fireEvent.click(screen.getByText('王秀英'));
    await act(async () => undefined);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(markAttendance).not.toHaveBeenCalled();
  });

  // Started a minute ago: on its day whatever the hour (a start a minute ahead could fall after midnight).
  it('on the day it asks first, marks after 确定, then offers 撤销 that takes it back', async () => {
    await show(rosterOf(-HOUR / 60, [row({})]));
    jest.mocked(markAttendance).mockResolvedValue({ personId: 11, status: 'attended' });
    fireEvent.click(screen.getByText('王秀英'));
    await act(async () => undefined);
    expect(markAttendance).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog').textContent).toMatch(/给王秀英登记签到吗/);
    fireEvent.click(screen.getByText('确定登记签到'));
    await act(async () => undefined);
    expect(jest.mocked(markAttendance).mock.calls[0].slice(0, 3)).toEqual([5, 11, true]);
    expect(screen.getByText('已为王秀英登记签到。')).toBeTruthy();
    jest.mocked(markAttendance).mockResolvedValue({ personId: 11, status: 'confirmed' });
    fireEvent.click(screen.getByText('撤销王秀英的签到'));
    await act(async () => undefined);
    expect(jest.mocked(markAttendance).mock.calls[1].slice(0, 3)).toEqual([5, 11, false]);
    expect(screen.getByText('已撤销王秀英的签到。')).toBeTruthy();
  });
});

describe('RosterView: calling the event off', () => {
  it('needs a reason, said next to its box, before anything is sent; then sends it', async () => {
    await show(rosterOf(72 * HOUR, [row({})]));
    jest.mocked(cancelEvent).mockResolvedValue({ told: 1 } as EventsApi['cancelEvent']['output']);
    fireEvent.click(screen.getByText('取消这个活动'));
    await act(async () => undefined);
    fireEvent.click(screen.getByText('确定取消活动'));
    await act(async () => undefined);
    expect(cancelEvent).not.toHaveBeenCalled();
    expect(screen.getByText('请写上取消的原因，会告诉报名的同志。')).toBeTruthy();
    // Taro's textarea draws its inner box a moment after the component mounts.
    const box = await waitFor(() => {
      const found = document.querySelector('textarea#cancel-reason-input');
      if (!found) throw new Error('the reason box is not drawn yet');
      return found;
    });
    fireEvent.input(box, { target: { value: '场地临时停电' } });
    fireEvent.change(box, { target: { value: '场地临时停电' } });
    fireEvent.click(screen.getByText('确定取消活动'));
    await act(async () => undefined);
    expect(jest.mocked(cancelEvent).mock.calls[0].slice(0, 2)).toEqual([5, '场地临时停电']);
  });

  it('a cancelled event still lists everyone with their phone number and the reason', async () => {
    await show(
      rosterOf(
        72 * HOUR,
        [
          row({ status: 'cancelled' }),
          row({ personId: 12, name: '李建国', status: 'cancelled', phone: '139****2222' }),
        ],
        true,
      ),
    );
    expect(screen.getByText(/场地临时停电/)).toBeTruthy();
    expect(screen.getByText('王秀英')).toBeTruthy();
    expect(screen.getByText(/13800001111/)).toBeTruthy();
    expect(screen.getByText(/139\*\*\*\*2222/)).toBeTruthy();
    expect(screen.queryByText('取消这个活动')).toBeNull();
  });
});
