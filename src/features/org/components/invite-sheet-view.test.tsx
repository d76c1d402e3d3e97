// 生成邀请单 asks first when it will void earlier unused codes, saying how many; with none to void it makes the sheet
// at once. Voiding a code a member was about to use is hard to undo, so it is never done on one tap.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { inviteSheet } from '../api/invite-sheet';
import { inviteSheetPlan } from '../api/invite-sheet-plan';
import { InviteSheetView } from './invite-sheet-view';

jest.mock('../api/invite-sheet', () => ({ inviteSheet: jest.fn() }));
jest.mock('../api/invite-sheet-plan', () => ({ inviteSheetPlan: jest.fn() }));
jest.mock('./print-invites', () => ({ PrintInvites: () => null }));

const sheet = {
  branchName: '镇海社区离退休干部党支部',
  slips: [
    {
      personId: 1,
      personName: '黄玉兰',
      code: 'ABCDEFGH',
      image: 'data:image/png;base64,',
      expiresAt: '2026-12-08T01:00:00.000Z',
    },
  ],
  skipped: 0,
};

async function press(label: string) {
  fireEvent.click(screen.getByText(label));
  await act(async () => undefined);
}

describe('InviteSheetView', () => {
  beforeEach(() => {
    jest.mocked(inviteSheet).mockReset().mockResolvedValue(sheet);
  });

  it('asks before voiding 12 unused codes, and makes nothing when she says no', async () => {
    jest
      .mocked(inviteSheetPlan)
      .mockResolvedValue({ branchName: '镇海社区离退休干部党支部', slips: 30, openCodes: 12, skipped: 2 });
    render(<InviteSheetView orgUnitId={3} />);
    await act(async () => undefined);
    expect(screen.getByText(/30位/)).toBeTruthy();
    await press('生成邀请单');
    expect(inviteSheet).not.toHaveBeenCalled();
    expect(
      screen.getByText('会作废之前还没用的12张邀请码，确定吗？作废以后，那些邀请码和二维码都不能再用了。'),
    ).toBeTruthy();
    await press('不用了，返回');
    expect(inviteSheet).not.toHaveBeenCalled();
    await press('生成邀请单');
    await press('确定生成');
    expect(inviteSheet).toHaveBeenCalledTimes(1);
    expect(screen.getByText('黄玉兰同志')).toBeTruthy();
  });

  it('makes the sheet at once when no earlier code would be voided', async () => {
    jest
      .mocked(inviteSheetPlan)
      .mockResolvedValue({ branchName: '镇海社区离退休干部党支部', slips: 1, openCodes: 0, skipped: 0 });
    render(<InviteSheetView orgUnitId={3} />);
    await act(async () => undefined);
    await press('生成邀请单');
    expect(inviteSheet).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/确定吗/)).toBeNull();
  });
});
