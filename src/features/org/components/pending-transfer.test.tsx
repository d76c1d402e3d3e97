// 撤回转接 on the person page: a pending transfer is said first ("正在转往…，等待对方接收"); 撤回 asks once in a
// sentence naming the person, and the result sentence stays where she tapped, even once the card itself is gone.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { PersonDetail } from '../../../../contracts/org';
import { ApiError } from '../../../lib/api-error';
import { withdrawTransfer } from '../api/withdraw-transfer';
import { PendingTransfer } from './pending-transfer';

jest.mock('../api/withdraw-transfer', () => ({ withdrawTransfer: jest.fn() }));

const person = (withdrawable: boolean): PersonDetail => ({
  id: 37,
  name: '王秀英',
  phone: null,
  orgUnitId: 1,
  orgUnitName: '莲花社区离退休干部党支部',
  status: 'active',
  gender: '女',
  birthYear: 1950,
  joinedPartyOn: '1975-07',
  formerPost: null,
  skills: null,
  statusOn: null,
  roles: [],
  editable: true,
  pendingTransfer: {
    id: 9,
    toOrgUnitName: '镇海社区离退休干部党支部',
    createdAt: '2026-12-01T01:00:00.000Z',
    withdrawable,
  },
});

async function press(label: string) {
  fireEvent.click(screen.getByText(label));
  await act(async () => undefined);
}

describe('PendingTransfer', () => {
  beforeEach(() => jest.mocked(withdrawTransfer).mockReset());

  it('says where the person is going, and 撤回 asks before it withdraws', async () => {
    const answer = '已经撤回王秀英同志转往“镇海社区离退休干部党支部”的转接，王秀英同志还在“莲花社区离退休干部党支部”。';
    jest.mocked(withdrawTransfer).mockResolvedValue({ transfer: {} as never, message: answer });
    const onWithdrawn = jest.fn();
    const { rerender } = render(<PendingTransfer person={person(true)} self={false} onWithdrawn={onWithdrawn} />);
    expect(screen.getByText(/正在转往“镇海社区离退休干部党支部”，等待对方接收/)).toBeTruthy();
    expect(screen.getByText(/2026年12月1日 星期二/)).toBeTruthy();
    await press('撤回转接');
    expect(withdrawTransfer).not.toHaveBeenCalled();
    expect(
      screen.getByText(
        '确定要撤回王秀英同志转往“镇海社区离退休干部党支部”的转接吗？撤回以后，王秀英同志还留在“莲花社区离退休干部党支部”。',
      ),
    ).toBeTruthy();
    await press('确定撤回');
    expect(jest.mocked(withdrawTransfer).mock.calls[0][0]).toBe(9);
    expect(onWithdrawn).toHaveBeenCalled();
    // The page drops the pending transfer; the sentence stays.
    rerender(
      <PendingTransfer person={{ ...person(true), pendingTransfer: null }} self={false} onWithdrawn={onWithdrawn} />,
    );
    expect(screen.getByText(answer)).toBeTruthy();
    expect(screen.queryByText('撤回转接')).toBeNull();
  });

  it('keeps a refusal beside the button in the server’s words, and the same request id for 再试一次', async () => {
    jest
      .mocked(withdrawTransfer)
      .mockRejectedValueOnce(new ApiError('NETWORK', '网络不好，没有连上。请稍后再试。'))
      .mockRejectedValueOnce(
        new ApiError('CONFLICT', '王秀英同志已经转入“镇海社区离退休干部党支部”，这个转接不能撤回了。'),
      );
    render(<PendingTransfer person={person(true)} self={false} onWithdrawn={jest.fn()} />);
    await press('撤回转接');
    await press('确定撤回');
    expect(screen.getByText('网络不好，没有连上。请稍后再试。')).toBeTruthy();
    await press('撤回转接');
    await press('确定撤回');
    const [first, second] = jest.mocked(withdrawTransfer).mock.calls;
    expect(second[1]).toBe(first[1]);
    expect(screen.getByText(/这个转接不能撤回了/)).toBeTruthy();
  });

  it('tells the member her own transfer, with no 撤回', () => {
    render(<PendingTransfer person={person(false)} self onWithdrawn={jest.fn()} />);
    expect(screen.getByText(/您的组织关系正在转往“镇海社区离退休干部党支部”，等待对方接收/)).toBeTruthy();
    expect(screen.queryByText('撤回转接')).toBeNull();
  });

  it('shows nothing when no transfer waits', () => {
    const { container } = render(
      <PendingTransfer person={{ ...person(true), pendingTransfer: null }} self={false} onWithdrawn={jest.fn()} />,
    );
    expect(container.textContent).toBe('');
  });
});
