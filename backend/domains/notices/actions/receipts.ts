// The publisher's view: how many the notice reaches now, how many read and acknowledged it, and a page of the call
// list — those not opened first, then opened without 收到, then done — with the numbers of those still to answer,
// in full only for the member's own branch secretary or an admin above (backend/rules/phone-visibility.ts), masked
// otherwise; every full number shown is recorded in the audit log. A search uses the roster's (name, pinyin,
// initials, or the digits the viewer is shown). Only the viewer's own managed subtree counts: a branch secretary sees
// their branch's part of a city-wide notice. The counts are of everyone there the notice reaches (no one named); the
// list names only those the viewer may act on (backend/access/person-access.ts), never the viewer herself.
import {
  RECEIPTS_PER_PAGE,
  receiptsInput,
  type NoticesApi,
  type ReceiptPerson,
  type ReceiptState,
} from '../../../../contracts/notices';
import { SCOPES } from '../../../../contracts/roles';
import { inPersonReach } from '../../../access/person-access';
import { phoneMatches } from '../../../access/phone-search';
import { inCallerScope } from '../../../access/unit-scope';
import { personMatches } from '../../../data/roster';
import {
  callListPage,
  countMembersUnder,
  countStillToAnswer,
  findReceipt,
  receiptCounts,
  remindedOn,
} from '../queries/notices';
import { chinaDay } from '../../../common/china-time';
import { isWithin } from '../../../common/org-paths';
import { phoneFor, phoneSearchProblem, SHOWN_TAIL_DIGITS } from '../../../rules/phone-visibility';
import { phoneDigitsOf } from '../../../rules/roster-search';
import { isPending } from '../rules/notices';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadForCaller } from '../access';
import { sql, type Expression, type SqlBool } from 'kysely';

const stateOf = (needsAck: boolean, r: { read_at: string | null; acknowledged_at: string | null }): ReceiptState =>
  r.read_at === null ? 'unread' : needsAck && r.acknowledged_at === null ? 'read' : 'acknowledged';

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
    if (!canSeeReceipts) throw fail.forbidden('只有发通知的人和上级管理员可以看谁读了这条通知。');
    const needsAck = notice.needs_ack === 1;
    const query = input.query ?? null;
    const digits = query === null ? null : phoneDigitsOf(query);
    const searchProblem = digits === null ? null : phoneSearchProblem(caller.grants, digits);
    if (searchProblem) throw fail.forbidden(searchProblem);

    const subtree = inCallerScope(caller, SCOPES.manageBranch, 'u.path');
    // The call list is of others: the viewer does not phone herself.
    const named: Expression<SqlBool> = sql<SqlBool>`(${inPersonReach(caller, SCOPES.manageBranch, {
      id: 'p.id',
      homePath: 'u.path',
    })} and ${sql.ref('p.id')} <> ${caller.person.id})`;
    const match =
      query === null
        ? undefined
        : personMatches(
            query,
            'p',
            digits === null ? undefined : phoneMatches(caller, digits, { phone: 'p.phone', homePath: 'u.path' }),
          );
    const [total, counts, rows, pendingNamed, remindedToday, own] = await Promise.all([
      countMembersUnder(db, notice.audience_path, subtree),
      receiptCounts(db, notice.id, notice.audience_path, subtree),
      callListPage(
        db,
        notice.id,
        notice.audience_path,
        needsAck,
        { offset: input.page * RECEIPTS_PER_PAGE, limit: RECEIPTS_PER_PAGE + 1 },
        named,
        match,
      ),
      countStillToAnswer(db, notice.id, notice.audience_path, needsAck, named),
      remindedOn(db, notice.id, chinaDay(now)),
      findReceipt(db, notice.id, caller.person.id),
    ]);
    // The viewer still to answer her own notice is left out of the count too, not counted as "beyond her reach".
    const selfPending =
      caller.person.status === 'active' &&
      isWithin(caller.orgUnit.path, notice.audience_path) &&
      isPending(needsAck, own);
    const people: ReceiptPerson[] = rows.slice(0, RECEIPTS_PER_PAGE).map((r) => {
      const state = stateOf(needsAck, r);
      // Only those still to answer are called: the others' numbers are not shown at all.
      const seen =
        state === 'acknowledged' || (!needsAck && state === 'read')
          ? { phone: null, full: false }
          : phoneFor(caller.grants, r.unit_path, r.phone);
      return {
        personId: r.id,
        name: r.name,
        branchName: r.unit_name,
        phone: seen.phone,
        phoneFull: seen.full,
        state,
      };
    });
    const shownInFull = people.filter((p) => p.phoneFull).map((p) => p.personId);
    // Digits beyond the shown tail search full numbers: even a search that finds no one says whether one is on record.
    const byHiddenDigits = digits !== null && digits.length > SHOWN_TAIL_DIGITS;
    if (shownInFull.length > 0 || byHiddenDigits) {
      // A full number is personal data shown to one person: who saw whose, and when, stays on record.
      await ctx.transaction(async (_trx, audit) => {
        await audit({
          entity: 'phone_view',
          entityId: `notice:${notice.id}`,
          after: { personIds: shownInFull, page: input.page, searched: query !== null, byPhoneDigits: byHiddenDigits },
        });
      });
    }
    return {
      notice: { id: notice.id, title: notice.title, needsAck, audienceName: notice.audience_name },
      total,
      read: counts.read,
      acknowledged: counts.acknowledged,
      people,
      query,
      pendingTotal: Math.max(0, total - (needsAck ? counts.acknowledged : counts.read) - (selfPending ? 1 : 0)),
      pendingNamed,
      page: input.page,
      hasMore: rows.length > RECEIPTS_PER_PAGE,
      canRemind,
      remindedToday,
    };
  },
);
