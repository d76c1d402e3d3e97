// The publisher's view: how many the notice reaches now, how many read and acknowledged it, and a page of those
// still to answer with their phone numbers — in full only for the member's own branch secretary or an admin above
// (backend/rules/phone-visibility.ts), masked otherwise; every full number shown is recorded in the audit log.
// Only the viewer's own managed subtree counts: a branch secretary sees their branch's part of a city-wide notice.
// The counts are of everyone there the notice reaches (no one named); the list names only those the viewer may act
// on (backend/access/person-access.ts), so the city admin at home in a branch is not on its secretary's call list.
import { PENDING_PER_PAGE, receiptsInput, type NoticesApi, type PendingPerson } from '../../../../contracts/notices';
import { SCOPES } from '../../../../contracts/roles';
import { inPersonReach } from '../../../access/person-access';
import { inCallerScope } from '../../../access/unit-scope';
import { countMembersUnder, countStillToAnswer, pendingPeople, receiptCounts, remindedOn } from '../queries/notices';
import { chinaDay } from '../../../common/china-time';
import { phoneFor } from '../../../rules/phone-visibility';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadForCaller } from '../access';

export const receipts = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: receiptsInput,
    limit: { points: 120, seconds: 60 },
    // A read whose only write is the audit row: nothing to replay, and phone numbers must never be kept as an answer.
    replay: 'handler',
  },
  async function receipts(input, ctx): Promise<NoticesApi['receipts']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const { notice, canSeeReceipts, canRemind } = await loadForCaller(db, input.noticeId, caller, now);
    if (!canSeeReceipts) throw fail.forbidden('只有发通知的人和上级管理员可以查看回执。');
    const needsAck = notice.needs_ack === 1;
    const subtree = inCallerScope(caller, SCOPES.manageBranch, 'u.path');
    const named = inPersonReach(caller, SCOPES.manageBranch, { id: 'p.id', homePath: 'u.path' });
    const [total, counts, rows, pendingNamed, remindedToday] = await Promise.all([
      countMembersUnder(db, notice.audience_path, subtree),
      receiptCounts(db, notice.id, notice.audience_path, subtree),
      pendingPeople(
        db,
        notice.id,
        notice.audience_path,
        needsAck,
        { offset: input.page * PENDING_PER_PAGE, limit: PENDING_PER_PAGE + 1 },
        named,
      ),
      countStillToAnswer(db, notice.id, notice.audience_path, needsAck, named),
      remindedOn(db, notice.id, chinaDay(now)),
    ]);
    const pending: PendingPerson[] = rows.slice(0, PENDING_PER_PAGE).map((r) => {
      const seen = phoneFor(caller.grants, r.unit_path, r.phone);
      return {
        personId: r.id,
        name: r.name,
        branchName: r.unit_name,
        phone: seen.phone,
        phoneFull: seen.full,
        read: r.read_at !== null,
      };
    });
    const shownInFull = pending.filter((p) => p.phoneFull).map((p) => p.personId);
    if (shownInFull.length > 0) {
      // A full number is personal data shown to one person: who saw whose, and when, stays on record.
      await ctx.transaction(async (_trx, audit) => {
        await audit({
          entity: 'phone_view',
          entityId: `notice:${notice.id}`,
          after: { personIds: shownInFull, page: input.page },
        });
      });
    }
    return {
      notice: { id: notice.id, title: notice.title, needsAck, audienceName: notice.audience_name },
      total,
      read: counts.read,
      acknowledged: counts.acknowledged,
      pending,
      pendingTotal: Math.max(0, total - (needsAck ? counts.acknowledged : counts.read)),
      pendingNamed,
      page: input.page,
      hasMore: rows.length > PENDING_PER_PAGE,
      canRemind,
      remindedToday,
    };
  },
);
