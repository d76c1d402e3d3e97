// The counter-signature: the question in a full sentence and ONE primary button, 对，确认, which confirms that visit
// and says what happened; 不对，告诉书记 needs a reason before anything is sent.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { VisitToConfirm } from '../../../../contracts/timebank';
import { confirmVisit } from '../api/confirm-visit';
import { disputeVisit } from '../api/dispute-visit';
import { getToConfirm } from '../api/get-to-confirm';
import { ConfirmScreen } from './confirm-screen';

jest.mock('../api/get-to-confirm', () => ({ getToConfirm: jest.fn() }));
jest.mock('../api/confirm-visit', () => ({ confirmVisit: jest.fn() }));
jest.mock('../api/dispute-visit', () => ({ disputeVisit: jest.fn() }));

const visit: VisitToConfirm = {
  id: 42,
  requestId: 7,
  status: 'awaiting_confirmation',
  statusName: '等待确认',
  helper: { id: 3, name: '王阿姨' },
  elder: { id: 861, name: '张奶奶' },
  service: '代购',
  checkInAt: '2026-12-08T01:00:00Z',
  checkOutAt: '2026-12-08T03:00:00Z',
  minutes: 120,
  hours: 2,
  confirmBy: '2026-12-11T03:00:00Z',
  confirmedAt: null,
  confirmedBy: null,
  confirmedForElder: false,
  flags: [],
  disputeReason: null,
  question: '王阿姨来帮您代购，2小时，对吗？',
  timeLeft: '还有2天23小时可以确认',
};

beforeEach(() => {
  jest.mocked(getToConfirm).mockResolvedValue({ visits: [{ ...visit, id: 41 }, visit] });
  jest.mocked(confirmVisit).mockReset();
  jest.mocked(disputeVisit).mockReset();
});

it('asks the one question with one primary button, and confirms that visit', async () => {
  jest.mocked(confirmVisit).mockResolvedValue({
    visit: { id: 42, status: 'confirmed', hours: 2, confirmedForElder: false },
    message: '已确认，王阿姨的2小时记上了。',
  });
  const { container } = render(<ConfirmScreen visitId={42} />);
  await act(async () => undefined);
  expect(screen.getByText('王阿姨来帮您代购，2小时，对吗？')).toBeTruthy();
  const primaries = container.querySelectorAll('.big-button--primary');
  expect(primaries).toHaveLength(1);
  expect(primaries[0].textContent).toContain('对，确认');
  await act(async () => {
    fireEvent.click(primaries[0]);
  });
  expect(jest.mocked(confirmVisit).mock.calls[0][0]).toBe(42);
  expect(screen.getByText('✓ 已确认')).toBeTruthy();
  expect(screen.getByText('已确认，王阿姨的2小时记上了。')).toBeTruthy();
});

it('sends a dispute only with a reason', async () => {
  jest.mocked(disputeVisit).mockResolvedValue({
    visit: { id: 42, status: 'disputed' },
    message: '已经告诉书记了，书记会来问清楚。这次的时间先不计。',
  });
  render(<ConfirmScreen visitId={42} />);
  await act(async () => undefined);
  fireEvent.click(screen.getByText('不对，告诉书记'));
  await act(async () => {
    fireEvent.click(screen.getByText('告诉书记'));
  });
  expect(disputeVisit).not.toHaveBeenCalled();
  expect(screen.getByText('请写一句哪里不对，例如“没有来”“只来了半小时”。')).toBeTruthy();
  // Taro's textarea draws its inner box a moment after the component mounts.
  const box = await waitFor(() => {
    const found = document.querySelector('textarea#dispute-reason-input');
    if (!found) throw new Error('the reason box is not drawn yet');
    return found;
  });
  fireEvent.input(box, { target: { value: '只来了半小时' } });
  fireEvent.change(box, { target: { value: '只来了半小时' } });
  await act(async () => {
    fireEvent.click(screen.getByText('告诉书记'));
  });
  expect(jest.mocked(disputeVisit).mock.calls[0].slice(0, 2)).toEqual([42, '只来了半小时']);
  expect(screen.getByText('✓ 已经告诉书记')).toBeTruthy();
});

it('says so when the visit is no longer waiting', async () => {
  render(<ConfirmScreen visitId={99} />);
  await act(async () => undefined);
  expect(screen.getByText('没有要您确认的服务')).toBeTruthy();
});
