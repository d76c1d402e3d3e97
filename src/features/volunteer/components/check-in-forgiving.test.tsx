// A clock-in that cannot end a shift by mistake: a second scan says where she stands before any button, and its main
// button is not 签退; an early 签退 asks first, saying what it costs; a 签退 can be taken back (撤销签退); a refusal
// offers 再按一次 only where pressing again can help, else the real next step; a non-volunteer learns how to join.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import type { PostDetail, ServiceRecord } from '../../../../contracts/volunteer';
import { useSessionStore } from '../../../entities/session/session-store';
import { ApiError } from '../../../lib/api-error';
import { checkIn } from '../api/check-in';
import { checkOut } from '../api/check-out';
import { getMyRecords } from '../api/get-my-records';
import { getPost } from '../api/get-post';
import { undoCheckOut } from '../api/undo-check-out';
import { CheckInScreen } from './check-in-screen';

jest.mock('../api/get-post', () => ({ getPost: jest.fn() }));
jest.mock('../api/get-my-records', () => ({ getMyRecords: jest.fn() }));
jest.mock('../api/check-in', () => ({ checkIn: jest.fn() }));
jest.mock('../api/check-out', () => ({ checkOut: jest.fn() }));
jest.mock('../api/undo-check-out', () => ({ undoCheckOut: jest.fn() }));
jest.mock('../api/sync-offline', () => ({ syncOffline: jest.fn() }));
jest.mock('../../../entities/location/location', () => ({
  CAN_OPEN_LOCATION_SETTING: false,
  currentFix: jest.fn(),
  openLocationSetting: jest.fn(),
}));

const person = (roles: User['roles']): User => ({
  id: 5,
  name: '李桂英',
  roles,
  grants: roles.map((role) => ({ role, orgUnitId: 9 })),
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
});
// A rotating post: no location asked, the scene is the code.
const post = {
  id: 4,
  name: '湖滨志愿服务驿站',
  address: '湖滨路 1 号',
  checkInMode: 'rotating',
  contactName: '王秀英',
  contactPhone: '0592-1234567',
} as unknown as PostDetail;
// Half a minute more, so the minutes served read the same however long the test takes.
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000 - 30_000).toISOString();
const openRecord = (over: Partial<ServiceRecord> = {}) =>
  ({
    id: 31,
    postId: 4,
    postName: '湖滨志愿服务驿站',
    status: 'open',
    checkInAt: minutesAgo(25),
    shiftStart: null,
    shiftEnd: null,
    minimumMinutes: 30,
    ...over,
  }) as ServiceRecord;
const records = (list: ServiceRecord[]) =>
  jest.mocked(getMyRecords).mockResolvedValue({ records: list } as Awaited<ReturnType<typeof getMyRecords>>);
const settle = () => act(async () => undefined);

describe('CheckInScreen: forgiving clock-in', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    act(() => useSessionStore.setState({ status: 'signed-in', user: person(['member', 'volunteer']), error: null }));
    jest.mocked(getPost).mockResolvedValue(post);
  });

  it('says first that she is serving, with no one-tap 签退; an early 签退 asks, and can be undone', async () => {
    records([openRecord()]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    expect(screen.getByText(/^您.+点.*已经签到，正在服务（已服务25分钟）。$/)).toBeTruthy();
    expect(screen.queryByText('按这里签退')).toBeNull();
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons[0]).toBe('看我的服务时长');
    expect(buttons).toContain('服务结束了，按这里签退');

    fireEvent.click(screen.getByText('服务结束了，按这里签退'));
    expect(screen.getByText('现在签退，这次服务不到30分钟，不计时长。确定要签退吗？')).toBeTruthy();
    fireEvent.click(screen.getByText('不签退，继续服务'));
    expect(checkOut).not.toHaveBeenCalled();

    jest.mocked(checkOut).mockResolvedValue({
      record: {
        id: 31,
        checkOutAt: new Date().toISOString(),
        hours: 0,
        counted: false,
        flags: [],
        undoUntil: new Date(Date.now() + 300_000).toISOString(),
      },
      message: '签退成功，中午12点53分。您服务了25分钟，不满30分钟，这次不计时长。',
    });
    fireEvent.click(screen.getByText('服务结束了，按这里签退'));
    records([{ ...openRecord(), status: 'not_counted' }]);
    fireEvent.click(screen.getByText('确定签退'));
    await settle();
    expect(checkOut).toHaveBeenCalledTimes(1);
    expect(screen.getByText('✓ 签退成功')).toBeTruthy();
    expect(screen.getByText(/您服务了25分钟，不满30分钟，这次不计时长/)).toBeTruthy();
    expect(screen.queryByText('按这里签到')).toBeNull();

    jest.mocked(undoCheckOut).mockResolvedValue({
      record: { id: 31, checkInAt: minutesAgo(25), postName: '湖滨志愿服务驿站' },
      message: '签退已经撤销，您正在服务。服务结束时请再扫一次签退。',
    });
    records([openRecord()]);
    fireEvent.click(screen.getByText('撤销签退'));
    await settle();
    expect(undoCheckOut).toHaveBeenCalledWith(31, expect.any(String));
    expect(screen.getByText('✓ 已撤销签退')).toBeTruthy();
    expect(screen.getByText('签退已经撤销，您正在服务。服务结束时请再扫一次签退。')).toBeTruthy();
    expect(screen.getByText('服务结束了，按这里签退')).toBeTruthy();
  });

  it('does not ask when the stay already counts and the shift is over', async () => {
    records([openRecord({ checkInAt: minutesAgo(60), minimumMinutes: 8 })]);
    jest.mocked(checkOut).mockResolvedValue({
      record: { id: 31, checkOutAt: new Date().toISOString(), hours: 1, counted: true, flags: [], undoUntil: null },
      message: '签退成功，下午1点。这次服务记1小时，驿站负责人确认后生效。',
    });
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    fireEvent.click(screen.getByText('服务结束了，按这里签退'));
    await settle();
    expect(screen.queryByText(/确定要签退吗/)).toBeNull();
    expect(checkOut).toHaveBeenCalledTimes(1);
  });

  it('asks before the shift’s end, naming when it ends', async () => {
    const end = new Date(Date.now() + 90 * 60_000).toISOString();
    records([
      openRecord({ checkInAt: minutesAgo(100), minimumMinutes: 60, shiftStart: minutesAgo(100), shiftEnd: end }),
    ]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    fireEvent.click(screen.getByText('服务结束了，按这里签退'));
    expect(screen.getByText(/^您的班次到.+点.*才结束。现在签退，时长只算到现在。确定要签退吗？$/)).toBeTruthy();
  });

  it('offers 再按一次 only where pressing again can help', async () => {
    records([]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    jest.mocked(checkIn).mockRejectedValueOnce(new ApiError('INTERNAL', '服务出了点问题，请再试一次。'));
    fireEvent.click(screen.getByText('按这里签到'));
    await settle();
    expect(screen.getByText('没有签到成功')).toBeTruthy();
    expect(screen.getByText('再按一次签到')).toBeTruthy();

    jest
      .mocked(checkIn)
      .mockRejectedValueOnce(
        new ApiError('OUTSIDE_SHIFT', '您现在没有在湖滨志愿服务驿站报名的班次。请先在驿站页面报名班次，再来签到。'),
      );
    fireEvent.click(screen.getByText('再按一次签到'));
    await settle();
    expect(screen.getByText(/没有在湖滨志愿服务驿站报名的班次/)).toBeTruthy();
    expect(screen.queryByText(/再按一次/)).toBeNull();
    expect(screen.queryByText('按这里签到')).toBeNull();
    expect(screen.getByText('看这个驿站的班次，去报名')).toBeTruthy();
  });

  it('tells a non-volunteer how to join instead of “no permission”, before and after a press', async () => {
    act(() => useSessionStore.setState({ status: 'signed-in', user: person(['member']), error: null }));
    records([]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    expect(
      screen.getByText(/您还不是志愿者.*请找驿站联系人王秀英（电话 0592-1234567）或您所在支部的书记/),
    ).toBeTruthy();
    expect(screen.queryByText('按这里签到')).toBeNull();
    expect(screen.queryByText(/没有权限/)).toBeNull();
  });

  it('says a check-in elsewhere first and offers no 签到 here', async () => {
    records([openRecord({ postId: 7, postName: '莲花驿站' })]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    expect(screen.getByText(/在莲花驿站签到了，还没有签退。请先到莲花驿站扫码签退/)).toBeTruthy();
    expect(screen.queryByText('按这里签到')).toBeNull();
  });
});

describe('CheckInScreen at a rotating post whose scanned code has rotated out', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    act(() => useSessionStore.setState({ status: 'signed-in', user: person(['member', 'volunteer']), error: null }));
    jest.mocked(getPost).mockResolvedValue(post);
  });

  it('offers the 6 digits on the manager’s phone as the way in, and sends them', async () => {
    records([]);
    render(<CheckInScreen scene='k.4.x.y' postId={4} />);
    await settle();
    expect(screen.queryByText('负责人手机上的 6 位数字')).toBeNull();
    jest
      .mocked(checkIn)
      .mockRejectedValueOnce(new ApiError('QR_EXPIRED', '这个打卡码已经换了，请扫负责人手机上现在的码。'))
      .mockResolvedValueOnce({
        record: { id: 40, checkInAt: new Date().toISOString(), postName: '湖滨志愿服务驿站', flags: [], walkIn: true },
        message: '签到成功，上午9点。服务结束时请再扫一次签退。',
      });
    fireEvent.click(screen.getByText('按这里签到'));
    await settle();
    expect(screen.getByText('负责人手机上的 6 位数字')).toBeTruthy();
    fireEvent.input(document.querySelector('input.text-field__box') as HTMLInputElement, {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByText('再按一次签到'));
    await settle();
    expect(checkIn).toHaveBeenLastCalledWith(expect.objectContaining({ postId: 4, code: '123456' }));
    expect(jest.mocked(checkIn).mock.calls[1][0]).not.toHaveProperty('scene');
    expect(screen.getByText('✓ 签到成功')).toBeTruthy();
  });
});
