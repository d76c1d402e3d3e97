// 待处理: for the posts the caller manages, the open correction requests and the closed records still to confirm
// (flagged ones first: a check-out closed by the system, a poor location fix, an offline scan), and for an admin
// above a post, the corrections beyond a record's bound that wait for their approval (never their own proposal).
import { none } from '../../../../contracts/fields';
import type { CorrectionQueueItem, VolunteerApi } from '../../../../contracts/volunteer';
import { findPost, loadServiceRecords } from '../queries/volunteer';
import { managedPostIds } from '../access';
import { canActOn } from '../../../rules/org-scope';
import { mayApproveCorrection } from '../rules/trust';
import { APPROVER_ROLES } from './approve-correction';
import { action } from '../../../runtime/define-function';
import { hoursOf } from '../rules/hours';
import { MANAGER_ROLES } from './create-shift';

const QUEUE_LIMIT = 100;

export const correctionQueue = action(
  {
    access: { roles: MANAGER_ROLES },
    input: none,
  },
  async function correctionQueue(_input, ctx): Promise<VolunteerApi['correctionQueue']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const postIds = await managedPostIds(db, caller);
    if (postIds.length === 0) return { items: [] };
    const requests = await db
      .selectFrom('vol_correction_requests')
      .selectAll()
      .where('post_id', 'in', postIds)
      .where('status', '=', 'open')
      .orderBy('id')
      .limit(QUEUE_LIMIT)
      .execute();
    const pending = await db
      .selectFrom('vol_records')
      .select(['id', 'flags_json', 'check_in_at'])
      .where('post_id', 'in', postIds)
      .where('status', 'in', ['pending', 'not_counted'])
      .where('person_id', '<>', caller.person.id)
      .orderBy('check_in_at', 'desc')
      .limit(QUEUE_LIMIT)
      .execute();
    const awaiting = await db
      .selectFrom('vol_corrections')
      .innerJoin('vol_records', 'vol_records.id', 'vol_corrections.record_id')
      .select([
        'vol_corrections.id',
        'vol_corrections.record_id',
        'vol_corrections.minutes',
        'vol_corrections.reason',
        'vol_corrections.created_by',
        'vol_corrections.created_at',
        'vol_records.person_id',
        'vol_records.post_id',
      ])
      .where('vol_corrections.status', '=', 'awaiting')
      .where('vol_records.post_id', 'in', postIds)
      .orderBy('vol_corrections.id')
      .limit(QUEUE_LIMIT)
      .execute();
    const postPaths = new Map<number, string>();
    for (const postId of new Set(awaiting.map((a) => a.post_id)))
      postPaths.set(postId, (await findPost(db, postId))?.org_path ?? '');
    const approvable = awaiting.filter(
      (a) =>
        mayApproveCorrection(
          {
            personId: caller.person.id,
            adminOverPost: canActOn(caller.grants, APPROVER_ROLES, postPaths.get(a.post_id) ?? ''),
          },
          { proposedBy: a.created_by, volunteerId: a.person_id },
        ) === 'ok',
    );
    const ids = [
      ...new Set([
        ...approvable.map((a) => a.record_id),
        ...requests.map((r) => r.record_id),
        ...pending.map((r) => r.id),
      ]),
    ];
    const records = new Map((await loadServiceRecords(db, { recordIds: ids }, QUEUE_LIMIT * 2)).map((r) => [r.id, r]));
    const people = ids.length
      ? new Map(
          (
            await db
              .selectFrom('vol_records')
              .innerJoin('people', 'people.id', 'vol_records.person_id')
              .select(['vol_records.id', 'people.name'])
              .where('vol_records.id', 'in', ids)
              .execute()
          ).map((r) => [r.id, r.name]),
        )
      : new Map<number, string>();
    const withName = (id: number) => ({ ...records.get(id)!, personName: people.get(id) ?? '' });
    const items: CorrectionQueueItem[] = [
      ...approvable
        .filter((a) => records.has(a.record_id))
        .map((a) => ({
          kind: 'approval' as const,
          correctionId: a.id,
          record: withName(a.record_id),
          reason: a.reason,
          hours: hoursOf(a.minutes),
          createdAt: a.created_at,
        })),
      ...requests
        .filter((r) => records.has(r.record_id))
        .map((r) => ({
          kind: 'request' as const,
          requestId: r.id,
          record: withName(r.record_id),
          reason: r.reason,
          hours: r.hours,
          createdAt: r.created_at,
        })),
      ...pending
        .filter((r) => records.has(r.id) && !requests.some((q) => q.record_id === r.id))
        .sort((a, b) => Number(JSON.parse(b.flags_json).length > 0) - Number(JSON.parse(a.flags_json).length > 0))
        .map((r) => ({ kind: 'flagged' as const, record: withName(r.id), createdAt: r.check_in_at })),
    ];
    return { items };
  },
);
