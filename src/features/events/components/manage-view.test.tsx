// 发布新活动: the date and times come from pickers (never typed "2026-12-01" / "09:00"), and a press of 发布活动 on a
// half-filled form shows every mistake at once, each beside its box, with one sentence counting them; nothing is sent.
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import { createEvent } from '../api/create-event';
import { listEvents } from '../api/list-events';
import { ManageView } from './manage-view';

jest.mock('../api/list-events', () => ({ listEvents: jest.fn() }));
jest.mock('../api/create-event', () => ({ createEvent: jest.fn() }));

const secretary: User = {
  id: 3,
  name: '张书记',
  roles: ['member', 'secretary'],
  grants: [{ role: 'secretary', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};

async function show() {
  jest.mocked(listEvents).mockResolvedValue({ events: [] });
  render(<ManageView user={secretary} />);
  await act(async () => undefined);
}
const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;

describe('ManageView: the create form', () => {
  beforeEach(() => jest.mocked(createEvent).mockReset());

  it('offers a date picker and time pickers, not typed boxes', async () => {
    await show();
    expect((document.getElementById('event-date-input') as HTMLInputElement).type).toBe('date');
    expect((document.getElementById('event-start-input') as HTMLInputElement).type).toBe('time');
    expect((document.getElementById('event-end-input') as HTMLInputElement).type).toBe('time');
    expect(screen.queryByText(/例如 2026-12-01/)).toBeNull();
  });

  it('reports every mistake at once beside its field, and sends nothing', async () => {
    await show();
    fireEvent.click(screen.getByText('发布活动'));
    await act(async () => undefined);
    expect(createEvent).not.toHaveBeenCalled();
    expect(errorOf('event-title')).toBe('请填写活动名称。');
    expect(errorOf('event-place')).toBe('请填写活动地点。');
    expect(errorOf('event-date')).toBe('请选择活动日期。');
    expect(screen.getByText('有3处要改一下，已经在各自的格子下面说明了。')).toBeTruthy();
  });
});
