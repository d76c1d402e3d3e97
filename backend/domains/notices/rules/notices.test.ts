import type { ScopedGrant } from '../../../rules/org-scope';
import {
  isPending,
  reminderText,
  ackReminderText,
  isShowing,
  mayEdit,
  mayPublishTo,
  mayViewReceipts,
  orderForReader,
  readerFlags,
  scheduleProblem,
} from './notices';
import { pathIds as unitIdsOnPath } from '../../../common/org-paths';
import { speechText } from '../../../../contracts/notice-speech';

const branch1 = '/1/2/3/4/5/';
const branch2 = '/1/2/3/6/7/';
const otherDistrictBranch = '/1/9/10/11/12/';
const secretary = (path: string): ScopedGrant => ({
  role: 'secretary',
  orgUnitId: unitIdsOnPath(path).at(-1)!,
  orgPath: path,
});
const admin = (path: string): ScopedGrant => ({ role: 'admin', orgUnitId: unitIdsOnPath(path).at(-1)!, orgPath: path });
const member = (path: string): ScopedGrant => ({
  role: 'member',
  orgUnitId: unitIdsOnPath(path).at(-1)!,
  orgPath: path,
});
const now = new Date('2026-12-01T02:00:00Z');

describe('notices rules', () => {
  test('a path names the units whose notices reach it', () => {
    expect(unitIdsOnPath(branch1)).toEqual([1, 2, 3, 4, 5]);
  });

  test('showing only between publish time and expiry, and never once withdrawn', () => {
    const base = { publish_at: '2026-12-01T01:00:00.000Z', expires_at: null, withdrawn_at: null };
    expect(isShowing(base, now)).toBe(true);
    expect(isShowing({ ...base, publish_at: '2026-12-01T03:00:00.000Z' }, now)).toBe(false);
    expect(isShowing({ ...base, expires_at: '2026-12-01T02:00:00.000Z' }, now)).toBe(false);
    expect(isShowing({ ...base, withdrawn_at: '2026-12-01T01:30:00.000Z' }, now)).toBe(false);
  });

  test('a secretary publishes to their own branch only; an admin anywhere in their subtree; a member nowhere', () => {
    expect(mayPublishTo([secretary(branch1), member(branch1)], branch1)).toBe(true);
    expect(mayPublishTo([secretary(branch1)], branch2)).toBe(false);
    expect(mayPublishTo([secretary(branch1)], '/1/2/')).toBe(false);
    expect(mayPublishTo([admin('/1/2/')], branch2)).toBe(true);
    expect(mayPublishTo([admin('/1/2/')], otherDistrictBranch)).toBe(false);
    expect(mayPublishTo([member(branch1)], branch1)).toBe(false);
  });

  test('editing someone else’s notice needs a role above its audience, not beside it', () => {
    const notice = { publisherId: 7, audiencePath: branch1 };
    expect(mayEdit([secretary(branch1)], 7, notice)).toBe(true);
    expect(mayEdit([secretary(branch1)], 8, notice)).toBe(false);
    expect(mayEdit([secretary(branch2)], 8, notice)).toBe(false);
    expect(mayEdit([admin('/1/2/')], 8, notice)).toBe(true);
    expect(mayEdit([admin(branch1)], 8, notice)).toBe(false);
    expect(mayEdit([admin('/1/9/')], 8, notice)).toBe(false);
    // A publisher who lost the grant no longer edits.
    expect(mayEdit([member(branch1)], 7, notice)).toBe(false);
  });

  test('receipts: the publisher and officials whose subtree overlaps the audience; not a neighbouring branch, members nor other districts', () => {
    const notice = { publisherId: 7, audiencePath: branch1 };
    expect(mayViewReceipts([member(branch1)], 7, notice)).toBe(true);
    expect(mayViewReceipts([admin('/1/')], 8, notice)).toBe(true);
    // Issue 15, break 8: "the same district" let every branch secretary read a neighbour's receipts.
    expect(mayViewReceipts([secretary(branch2)], 8, notice)).toBe(false);
    expect(mayViewReceipts([secretary(otherDistrictBranch)], 8, notice)).toBe(false);
    expect(mayViewReceipts([member(branch1)], 8, notice)).toBe(false);
    // A branch secretary opens a district or city notice's receipts (and sees only their own branch in them).
    expect(mayViewReceipts([secretary(branch2)], 8, { publisherId: 7, audiencePath: '/1/' })).toBe(true);
  });

  test('reader flags: unread, read, acknowledged, updated since read', () => {
    expect(readerFlags(1, null)).toEqual({ read: false, acknowledged: false, updated: false, updatedSinceRead: false });
    expect(readerFlags(2, { read_version: 1, acknowledged_at: null })).toEqual({
      read: true,
      acknowledged: false,
      updated: true,
      updatedSinceRead: true,
    });
    expect(readerFlags(2, { read_version: 2, acknowledged_at: 'x' })).toEqual({
      read: true,
      acknowledged: true,
      updated: true,
      updatedSinceRead: false,
    });
  });

  test('pinned on top, then unread, then newest', () => {
    const items = [
      { id: 1, pinned: false, read: false, publishedAt: '2026-11-01' },
      { id: 2, pinned: false, read: true, publishedAt: '2026-11-30' },
      { id: 3, pinned: true, read: true, publishedAt: '2026-10-01' },
      { id: 4, pinned: false, read: false, publishedAt: '2026-11-20' },
    ];
    expect(orderForReader(items).map((i) => i.id)).toEqual([3, 4, 1, 2]);
  });

  test('a schedule: not too far ahead, expiry after publishing and in the future', () => {
    const hour = 3_600_000;
    expect(scheduleProblem(now, null, now)).toBeNull();
    expect(scheduleProblem(new Date(now.getTime() + 91 * 24 * hour), null, now)).toMatch(/90 天/);
    expect(scheduleProblem(now, new Date(now.getTime() - hour), now)).toMatch(/已经过了/);
    expect(scheduleProblem(new Date(now.getTime() + 5 * hour), new Date(now.getTime() + 5 * hour), now)).toMatch(
      /晚一些/,
    );
    expect(scheduleProblem(now, new Date(now.getTime() + 24 * hour), now)).toBeNull();
  });

  test('pending: not opened, or not acknowledged when a receipt is wanted', () => {
    expect(isPending(false, null)).toBe(true);
    expect(isPending(false, { read_at: 'x', acknowledged_at: null })).toBe(false);
    expect(isPending(true, { read_at: 'x', acknowledged_at: null })).toBe(true);
    expect(isPending(true, { read_at: 'x', acknowledged_at: 'y' })).toBe(false);
  });

  test('speech reads the title first, then each paragraph', () => {
    expect(speechText({ title: '组织生活会', body: '第一段\n\n 第二段 ', importance: 'important' })).toBe(
      '重要通知。组织生活会。\n第一段\n第二段',
    );
  });
});

describe('reminder text', () => {
  test('one sentence within 60 characters, however long the title', () => {
    expect(reminderText('组织生活会')).toBe('请您看一下这条通知：「组织生活会」。');
    const long = reminderText('很'.repeat(100));
    expect(Array.from(long).length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…」。')).toBe(true);
  });

  test('one who opened it without 收到 is asked for 收到, in the same 60 characters', () => {
    expect(ackReminderText('组织生活会')).toBe('请您在这条通知里按“收到”：「组织生活会」。');
    expect(Array.from(ackReminderText('很'.repeat(100))).length).toBeLessThanOrEqual(60);
  });
});
