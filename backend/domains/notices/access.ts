// Loading a notice for a caller, with what they may do to it. A notice the caller may neither read nor manage is
// NOT_FOUND with the same sentence as one that does not exist: no hint that it is there.
import type { PersonCaller } from '../../runtime/caller';
import { findNotice, type FoundNotice } from './queries/notices';
import type { Schema } from '../../data/schema';
import { isShowing, mayEdit, mayPublishTo, mayViewReceipts } from './rules/notices';
import { isWithin } from '../../common/org-paths';
import { fail } from '../../runtime/app-error';
import type { Kysely } from 'kysely';

export const NOT_FOUND_SENTENCE = '没有找到这条通知，可能已经撤回或过期了。';

export interface NoticeAccess {
  notice: FoundNotice;
  /** Showing now (published, not expired, not withdrawn). */
  showing: boolean;
  /** The notice is addressed to the caller's own branch or a unit above it. */
  addressedToCaller: boolean;
  canManage: boolean;
  canSeeReceipts: boolean;
  /** 提醒: the notice's managers and the officials over its audience (not a neighbouring branch's secretary). */
  canRemind: boolean;
}

export function accessTo(notice: FoundNotice, caller: PersonCaller, now: Date): NoticeAccess {
  const owner = { publisherId: notice.publisher_person_id, audiencePath: notice.audience_path };
  const canManage = mayEdit(caller.grants, caller.person.id, owner);
  return {
    notice,
    showing: isShowing(notice, now),
    addressedToCaller: isWithin(caller.orgUnit.path, notice.audience_path),
    canManage,
    canRemind: canManage || mayPublishTo(caller.grants, notice.audience_path),
    canSeeReceipts: mayViewReceipts(caller.grants, caller.person.id, owner),
  };
}

/** The notice as the caller may see it: a reader of a showing notice addressed to them, or one who manages it. */
export async function loadForCaller(
  db: Kysely<Schema>,
  noticeId: number,
  caller: PersonCaller,
  now: Date,
): Promise<NoticeAccess> {
  const notice = await findNotice(db, noticeId);
  if (!notice) throw fail.notFound(NOT_FOUND_SENTENCE);
  const access = accessTo(notice, caller, now);
  if (!(access.showing && access.addressedToCaller) && !access.canManage && !access.canSeeReceipts)
    throw fail.notFound(NOT_FOUND_SENTENCE);
  return access;
}

/** Only for readers: the notice must be showing and addressed to them (receipts are one row per reader). */
export async function loadForReader(
  db: Kysely<Schema>,
  noticeId: number,
  caller: PersonCaller,
  now: Date,
): Promise<NoticeAccess> {
  const access = await loadForCaller(db, noticeId, caller, now);
  if (!access.showing || !access.addressedToCaller) throw fail.notFound(NOT_FOUND_SENTENCE);
  return access;
}
