// The 志愿 tab puts 扫码签到 before everything else (the hour cards, the next shift), so it is on the first screen in
// every text size; the hours read in words (2小时45分), never as a decimal.
import { act, render, screen } from '@testing-library/react';
import type { User } from '../../../../contracts/account';
import { getManagedPosts } from '../api/get-managed-posts';
import { getMyHours } from '../api/get-my-hours';
import { getMyShifts } from '../api/get-my-shifts';
import { SCAN_BUTTON_LABEL } from '../volunteer-words';
import { VolunteerHome } from './volunteer-home';

jest.mock('../api/get-my-hours', () => ({ getMyHours: jest.fn() }));
jest.mock('../api/get-my-shifts', () => ({ getMyShifts: jest.fn() }));
jest.mock('../api/get-managed-posts', () => ({ getManagedPosts: jest.fn() }));
jest.mock('../api/sync-offline', () => ({ syncOffline: jest.fn() }));
jest.mock('./nearby-posts', () => ({ NearbyPosts: () => null }));

const volunteer: User = {
  id: 5,
  name: '李桂英',
  roles: ['member', 'volunteer'],
  grants: [{ role: 'volunteer', orgUnitId: 9 }],
  orgUnitId: 9,
  orgUnitName: '莲花社区离退休干部党支部',
  preferences: { largeText: false, readAloud: false },
};

it('puts 扫码签到 first, before the hour cards, and says the hours in words', async () => {
  jest.mocked(getMyHours).mockResolvedValue({ month: 2.75, year: 10, total: 0.25 });
  jest.mocked(getMyShifts).mockResolvedValue({ occurrences: [] });
  jest.mocked(getManagedPosts).mockResolvedValue({ posts: [] });
  const { container } = render(<VolunteerHome user={volunteer} onScan={async () => null} />);
  await act(async () => undefined);
  const text = container.textContent ?? '';
  expect(text.indexOf(SCAN_BUTTON_LABEL)).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(SCAN_BUTTON_LABEL)).toBeLessThan(text.indexOf('本月'));
  expect(screen.getAllByRole('button')[0].textContent).toBe(SCAN_BUTTON_LABEL);
  expect(text).toContain('本月2小时45分');
  expect(text).toContain('累计15分钟');
  expect(text).not.toMatch(/\d\.\d/);
});
