// 待处理: for the posts the caller manages, the open correction requests and the closed records still to confirm
// (flagged ones first: a check-out closed by the system, a poor location fix, an offline scan).
import { none } from '../../contracts/fields';
import type { CorrectionQueueItem, VolunteerApi } from '../../contracts/volunteer';
import { loadServiceRecords, managedPostIds } from '../../backend/data/volunteer';
import { action } from '../../backend/runtime/define-function';
import { MANAGER_ROLES } from './create-shift';

const QUEUE_LIMIT = 100;

export const correctionQueue = action({
  access: { roles: MANAGER_ROLES },
  input: none,
  async run(_input, ctx): Promise<VolunteerApi['correctionQueue']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const postIds = await managedPostIds(db, caller);
    if (postIds.length === 0) return { items: [] };
    const requests = await db.selectFrom('vol_correction_requests').selectAll().where('post_id', 'in', postIds).where('status', '=', 'open').orderBy('id').limit(QUEUE_LIMIT).execute();
    const pending = await db
      .selectFrom('vol_records')
      .select(['id', 'flags_json', 'check_in_at'])
      .where('post_id', 'in', postIds)
      .where('status', 'in', ['pending', 'not_counted'])
      .where('person_id', '<>', caller.person.id)
      .orderBy('check_in_at', 'desc')
      .limit(QUEUE_LIMIT)
      .execute();
    const ids = [...new Set([...requests.map((r) => r.record_id), ...pending.map((r) => r.id)])];
    const records = new Map((await loadServiceRecords(db, { recordIds: ids }, QUEUE_LIMIT * 2)).map((r) => [r.id, r]));
    const people = ids.length
      ? new Map((await db.selectFrom('vol_records').innerJoin('people', 'people.id', 'vol_records.person_id').select(['vol_records.id', 'people.name']).where('vol_records.id', 'in', ids).execute()).map((r) => [r.id, r.name]))
      : new Map<number, string>();
    const withName = (id: number) => ({ ...records.get(id)!, personName: people.get(id) ?? '' });
    const items: CorrectionQueueItem[] = [
      ...requests.filter((r) => records.has(r.record_id)).map((r) => ({ kind: 'request' as const, requestId: r.id, record: withName(r.record_id), reason: r.reason, hours: r.hours, createdAt: r.created_at })),
      ...pending
        .filter((r) => records.has(r.id) && !requests.some((q) => q.record_id === r.id))
        .sort((a, b) => Number(JSON.parse(b.flags_json).length > 0) - Number(JSON.parse(a.flags_json).length > 0))
        .map((r) => ({ kind: 'flagged' as const, record: withName(r.id), createdAt: r.check_in_at })),
    ];
    return { items };
  },
});
