// 签到 at a geo post when the location was refused in the mini-program: the screen says so in a sentence that names
// 打开定位权限 (not the phone's settings), that button becomes the main one and opens WeChat's settings from the tap,
// and once the switch is on, the next 签到 goes through with the fix.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { PostDetail } from '../../../../contracts/volunteer';
import { checkIn } from '../api/check-in';
import { getMyRecords } from '../api/get-my-records';
import { getPost } from '../api/get-post';
import { currentFix, openLocationSetting } from '../../../entities/location/location';
import { CheckInScreen } from './check-in-screen';

jest.mock('../api/get-post', () => ({ getPost: jest.fn() }));
jest.mock('../api/get-my-records', () => ({ getMyRecords: jest.fn() }));
jest.mock('../api/check-in', () => ({ checkIn: jest.fn() }));
jest.mock('../api/check-out', () => ({ checkOut: jest.fn() }));
jest.mock('../api/sync-offline', () => ({ syncOffline: jest.fn() }));
// The mini-program's location reader (location.weapp.ts), whose settings page only WeChat has.
jest.mock('../../../entities/location/location', () => ({
  CAN_OPEN_LOCATION_SETTING: true,
  LOCATION_REASON: '签到时要用一下手机的位置。',
  currentFix: jest.fn(),
  openLocationSetting: jest.fn(),
}));

const post = { id: 4, name: '湖滨志愿服务驿站', address: '湖滨路 1 号', checkInMode: 'geo' } as unknown as PostDetail;

describe('CheckInScreen after a refused location (mini-program)', () => {
  beforeEach(() => {
    jest.mocked(getPost).mockResolvedValue(post);
    jest.mocked(getMyRecords).mockResolvedValue({ records: [] } as unknown as Awaited<ReturnType<typeof getMyRecords>>);
    jest.mocked(checkIn).mockResolvedValue({ message: '签到成功，09:02。' } as Awaited<ReturnType<typeof checkIn>>);
  });

  it('offers 打开定位权限 from the tap, then signs in with the fix', async () => {
    jest
      .mocked(currentFix)
      .mockResolvedValueOnce({ ok: false, failure: 'refused' })
      .mockResolvedValueOnce({ ok: true, fix: { lat: 30.1, lng: 120.2, accuracy: 20 } });
    jest.mocked(openLocationSetting).mockResolvedValue(true);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await act(async () => undefined);

    fireEvent.click(screen.getByText('按这里签到'));
    await act(async () => undefined);
    expect(screen.getByText(/您还没有允许“银发先锋”使用位置，所以还没有签到。请按下面的“打开定位权限”/)).toBeTruthy();
    expect(screen.queryByText(/手机设置里/)).toBeNull();
    expect(checkIn).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('打开定位权限'));
    expect(openLocationSetting).toHaveBeenCalledTimes(1);
    await act(async () => undefined);
    expect(screen.getByText('位置已经允许使用了，请按下面的按钮签到。')).toBeTruthy();
    expect(screen.queryByText('打开定位权限')).toBeNull();

    fireEvent.click(screen.getByText('按这里签到'));
    await act(async () => undefined);
    expect(checkIn).toHaveBeenCalledWith(expect.objectContaining({ scene: 'k.4.x.y', lat: 30.1, lng: 120.2 }));
    expect(screen.getByText('签到成功，09:02。')).toBeTruthy();
  });

  it('keeps the button when the switch is still off, and says so', async () => {
    jest.mocked(currentFix).mockResolvedValue({ ok: false, failure: 'refused' });
    jest.mocked(openLocationSetting).mockResolvedValue(false);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await act(async () => undefined);
    fireEvent.click(screen.getByText('按这里签到'));
    await act(async () => undefined);
    fireEvent.click(screen.getByText('打开定位权限'));
    await act(async () => undefined);
    expect(screen.getByText(/“位置信息”还没有打开，所以还不能签到/)).toBeTruthy();
    expect(screen.getByText('打开定位权限')).toBeTruthy();
  });

  it('sends a phone whose location switch is off to the phone settings, with no settings button', async () => {
    jest.mocked(currentFix).mockResolvedValue({ ok: false, failure: 'phone-off' });
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await act(async () => undefined);
    fireEvent.click(screen.getByText('按这里签到'));
    await act(async () => undefined);
    expect(screen.getByText(/手机的定位没有打开/)).toBeTruthy();
    expect(screen.queryByText('打开定位权限')).toBeNull();
  });
});
