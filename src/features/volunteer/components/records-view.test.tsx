// 我的服务记录: 申请更正 is never a silent grey button (a press with nothing written says what to write, next to
// the box), and a record whose request is in says 已申请更正 in the list and in the record.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ServiceRecord } from '../../../../contracts/volunteer';
import { getMyRecords } from '../api/get-my-records';
import { requestCorrection } from '../api/request-correction';
import { EMPTY_REASON, RecordsView } from './records-view';

jest.mock('../api/get-my-records', () => ({ getMyRecords: jest.fn() }));
jest.mock('../api/request-correction', () => ({ requestCorrection: jest.fn() }));

const record = (id: number, correctionRequested: boolean) =>
  ({
    id,
    postId: 4,
    postName: `驿站${id}`,
    service: '义诊',
    checkInAt: '2026-12-03T06:00:00.000Z',
    checkOutAt: '2026-12-03T09:00:00.000Z',
    status: 'pending',
    statusName: '待确认',
    hours: 3,
    flags: [],
    corrections: [],
    correctionRequested,
    statusNote: null,
  }) as unknown as ServiceRecord;

it('says what to write when 申请更正 is pressed empty, and shows 已申请更正', async () => {
  jest.mocked(getMyRecords).mockResolvedValue({ records: [record(1, false), record(2, true)] });
  render(<RecordsView />);
  await act(async () => undefined);
  expect(screen.getByText('待确认，已申请更正')).toBeTruthy();

  fireEvent.click(screen.getByText('驿站1 · 义诊'));
  const button = screen.getByRole('button', { name: '申请更正' });
  expect(button.getAttribute('disabled')).toBeNull();
  fireEvent.click(button);
  await act(async () => undefined);
  expect(screen.getByText(EMPTY_REASON)).toBeTruthy();
  expect(requestCorrection).not.toHaveBeenCalled();
});
