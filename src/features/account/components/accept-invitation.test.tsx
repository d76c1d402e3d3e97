// 接受邀请 from a scanned code: a failed line offers 再试一次 with the same request id (an answer lost on a weak signal
// is not refused as "used"); the invitation's own refusal offers none; success is said here in a full sentence.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../../../lib/api-error';
import { loginWithInviteScene } from '../sign-in';
import { AcceptInvitation } from './accept-invitation';

jest.mock('../sign-in', () => ({ loginWithInviteScene: jest.fn() }));

const invitation = {
  type: 'invitation',
  available: true,
  id: 4,
  expiresAt: '2026-12-20T10:00:00.000Z',
  consumedBy: 'account.redeemInvite',
  message: '镇海社区第一支部邀请您加入银发先锋。',
} as const;

async function press(label: string) {
  fireEvent.click(screen.getByText(label));
  await act(async () => undefined);
}

describe('AcceptInvitation', () => {
  beforeEach(() => jest.mocked(loginWithInviteScene).mockReset());

  it('after a lost line, 再试一次 sends the same request id, and the welcome replaces the invitation', async () => {
    jest
      .mocked(loginWithInviteScene)
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络不好，没有连上。请稍后再试。'))
      .mockResolvedValueOnce('邀请已接受，您已加入第一支部。欢迎您，张三。');
    render(<AcceptInvitation scene='i.4.x' invitation={invitation} />);
    await press('接受邀请');
    expect(screen.getByText('邀请没有接受成功')).toBeTruthy();
    expect(screen.getByText('网络不好，没有连上。请稍后再试。')).toBeTruthy();
    await press('再试一次');
    const [first, second] = jest.mocked(loginWithInviteScene).mock.calls;
    expect(second[1]).toBe(first[1]);
    expect(screen.getByText('您已经加入支部了')).toBeTruthy();
    expect(screen.getByText('邀请已接受，您已加入第一支部。欢迎您，张三。')).toBeTruthy();
  });

  it('a refusal (already used) offers no 再试一次, only the way home', async () => {
    jest
      .mocked(loginWithInviteScene)
      .mockRejectedValue(new ApiError('CONFLICT', '这个邀请码已经用过了。请找支部书记重新发一个。'));
    render(<AcceptInvitation scene='i.4.x' invitation={invitation} />);
    await press('接受邀请');
    expect(screen.getByText('这个邀请码已经用过了。请找支部书记重新发一个。')).toBeTruthy();
    expect(screen.queryByText('再试一次')).toBeNull();
    expect(screen.getByText('回到首页')).toBeTruthy();
  });
});
