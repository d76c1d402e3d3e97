// 党员名册: the heading says the true count of a big branch (共290位, never "100 多"), and transfers waiting to be
// accepted sit above the 100 names, not below them.
import { act, render, screen } from '@testing-library/react';
import type { RosterPerson } from '../../../../contracts/org';
import { incomingTransfers } from '../api/incoming-transfers';
import { listPeople } from '../api/list-people';
import { RosterView } from './roster-view';

jest.mock('../api/list-people', () => ({ listPeople: jest.fn() }));
jest.mock('../api/incoming-transfers', () => ({ incomingTransfers: jest.fn() }));

const people: RosterPerson[] = Array.from({ length: 100 }, (_, i) => ({
  id: i + 1,
  name: `党员${i + 1}`,
  phone: null,
  orgUnitId: 1,
  orgUnitName: '莲花社区离退休干部党支部',
  status: 'active',
}));

const transfer = {
  id: 5,
  personId: 900,
  personName: '李建国',
  fromOrgUnitName: '镇海社区离退休干部党支部',
  toOrgUnitId: 1,
  toOrgUnitName: '莲花社区离退休干部党支部',
  status: 'pending' as const,
  createdAt: '2026-12-01T01:00:00.000Z',
};

describe('RosterView', () => {
  beforeEach(() => {
    jest.mocked(listPeople).mockResolvedValue({ people, more: true, total: 290 });
  });

  it('says 共290位 for a branch of 290 and puts waiting transfers above the list', async () => {
    jest.mocked(incomingTransfers).mockResolvedValue({ transfers: [transfer, { ...transfer, id: 6 }] });
    const { container } = render(<RosterView canAdd={false} />);
    await act(async () => undefined);
    expect(screen.getByText('共290位在册党员')).toBeTruthy();
    expect(screen.queryByText(/100 多/)).toBeNull();
    expect(screen.getByText(/只显示了前100位/)).toBeTruthy();
    const text = container.textContent ?? '';
    expect(text.indexOf('有2位党员转给您，等您接收')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('有2位党员转给您，等您接收')).toBeLessThan(text.indexOf('党员1'));
  });

  it('keeps 待接收的转接 at the foot when none waits', async () => {
    jest.mocked(incomingTransfers).mockResolvedValue({ transfers: [] });
    const { container } = render(<RosterView canAdd={false} />);
    await act(async () => undefined);
    const text = container.textContent ?? '';
    expect(text.indexOf('待接收的转接')).toBeGreaterThan(text.indexOf('党员100'));
  });
});
