// The helper's scan of an elder's card: 到了，开始服务 when no visit runs, 帮完了，结束服务 when one does; each press
// sends the scanned scene as checkIn or checkOut and shows the server's sentence under a heading.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { HelpRequestSummary } from '../../../../contracts/timebank';
import { ApiError } from '../../../lib/api-error';
import { getRequests } from '../api/get-requests';
import { scanCard } from '../api/scan-card';
import { CardScanScreen } from './card-scan-screen';

jest.mock('../api/get-requests', () => ({ getRequests: jest.fn() }));
jest.mock('../api/scan-card', () => ({ scanCard: jest.fn() }));

const taken = (status: HelpRequestSummary['status']) =>
  ({
    id: 7,
    service: '代购',
    status,
    elder: { id: 861, name: '张桂英' },
    helper: { id: 3, name: '王秀兰' },
  }) as HelpRequestSummary;

beforeEach(() => jest.mocked(scanCard).mockReset());

it('starts a visit on arrival, then offers to end it', async () => {
  jest.mocked(getRequests).mockResolvedValue({ requests: [taken('matched')] });
  jest.mocked(scanCard).mockResolvedValue({
    visit: { id: 1, minutes: 0, status: 'in_progress' },
    message: '您上午9点到了张桂英家，开始计时。',
  });
  render(<CardScanScreen scene='t.1.abcdefgh' userId={3} />);
  await act(async () => undefined);
  expect(screen.getByText(/您接了张桂英的请求/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByText('到了，开始服务'));
  });
  expect(jest.mocked(scanCard).mock.calls[0].slice(0, 2)).toEqual(['in', { scene: 't.1.abcdefgh' }]);
  expect(screen.getByText('✓ 开始服务')).toBeTruthy();
  expect(screen.getByText('您上午9点到了张桂英家，开始计时。')).toBeTruthy();
  expect(screen.getByText('帮完了，结束服务')).toBeTruthy();
});

it('ends a running visit and says the minutes', async () => {
  jest.mocked(getRequests).mockResolvedValue({ requests: [taken('visiting')] });
  jest.mocked(scanCard).mockResolvedValue({
    visit: { id: 1, minutes: 120, status: 'awaiting_confirmation', hours: 2 },
    message: '您在张桂英家服务了2小时，等老人或家人确认后记到您的名下。',
  });
  render(<CardScanScreen scene='t.1.abcdefgh' userId={3} />);
  await act(async () => undefined);
  await act(async () => {
    fireEvent.click(screen.getByText('帮完了，结束服务'));
  });
  expect(jest.mocked(scanCard).mock.calls[0][0]).toBe('out');
  expect(screen.getByText('✓ 服务结束')).toBeTruthy();
  expect(screen.getByText(/服务了2小时/)).toBeTruthy();
});

it('says the refusal (another elder’s card, a lost card) and keeps the button', async () => {
  jest.mocked(getRequests).mockResolvedValue({ requests: [] });
  jest.mocked(scanCard).mockRejectedValue(new ApiError('QR_INVALID', '这张卡已经挂失，不能再用了。请老人出示新卡。'));
  render(<CardScanScreen scene='t.1.abcdefgh' userId={3} />);
  await act(async () => undefined);
  await act(async () => {
    fireEvent.click(screen.getByText('到了，开始服务'));
  });
  expect(screen.getByText('没有扫成功')).toBeTruthy();
  expect(screen.getByText('这张卡已经挂失，不能再用了。请老人出示新卡。')).toBeTruthy();
  expect(screen.getByText('到了，开始服务')).toBeTruthy();
});
