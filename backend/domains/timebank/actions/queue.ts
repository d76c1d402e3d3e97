// The secretary's side: the queue of their subtree (requests waiting for approval of need, requests nobody took,
// disputes, visits confirmed for an elder without a phone, visits waiting with nobody to confirm them), and the
// approval of need (spending before 70; hardship, when the pool pays). Approving opens the person's waiting requests.
import { SCOPES } from '../../../../contracts/roles';
import {
  NEED_KIND_NAMES,
  approveNeedInput,
  queueInput,
  type NeedApproval,
  type TimebankApi,
} from '../../../../contracts/timebank';
import { requirePersonInReach } from '../../../access/person-access';
import { requireUnitInScope } from '../../../access/unit-scope';
import { inSubtrees } from '../../../data/org-units';
import { scopeRoots } from '../../../rules/org-scope';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { namesOf, relativesOf } from '../queries/people';
import { requestQuery } from '../queries/requests';
import { visitQuery } from '../queries/visits';
import { maySpend } from '../rules/members';
import { spenderFacts } from '../queries/people';
import { summarize, visitSummary, type VisitRow } from '../views';
import { viewerOf } from './requests';

export const queue = action(
  { access: { roles: SCOPES.manageBranch }, input: queueInput },
  async function queue(input, ctx): Promise<TimebankApi['queue']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const roots =
      input.orgUnitId !== undefined
        ? [
            (
              await requireUnitInScope(db, caller, SCOPES.manageBranch, input.orgUnitId, {
                forbidden: '这个单位不在您管理的范围里。',
              })
            ).path,
          ]
        : scopeRoots(caller.grants, SCOPES.manageBranch);
    if (roots.length === 0) throw fail.forbidden();
    const viewer = await viewerOf(db, caller);
    const inUnits = inSubtrees('unit.path', roots);
    const waiting = await requestQuery(db)
      .where('r.status', '=', 'awaiting_approval')
      .where(inUnits)
      .orderBy('r.starts_at')
      .limit(200)
      .execute();
    const approvals = [];
    for (const r of waiting) {
      const facts = await spenderFacts(db, r.person_id, now);
      approvals.push({
        ...summarize(r, viewer),
        reason: maySpend(facts)
          ? '老人存的时间不够这次帮助'
          : `老人未满70岁（${facts.age ?? '年龄不详'}岁），还不能使用存的时间`,
      });
    }
    const unmatched = (
      await requestQuery(db).where('r.status', '=', 'open').where(inUnits).orderBy('r.starts_at').limit(200).execute()
    )
      .map((r) => summarize(r, viewer))
      .sort((a, b) => (a.urgency === b.urgency ? 0 : a.urgency === 'urgent' ? -1 : b.urgency === 'urgent' ? 1 : 0));
    const visits = (status: 'disputed' | 'confirmed' | 'awaiting_confirmation') =>
      visitQuery(db)
        .innerJoin('org_units as unit', 'unit.id', 'r.org_unit_id')
        .where('v.status', '=', status)
        .where(inUnits);
    const disputes = (await visits('disputed').orderBy('v.disputed_at').limit(200).execute()) as VisitRow[];
    const forElder = (await visits('confirmed')
      .where('v.confirmed_for_elder', '=', 1)
      .orderBy('v.confirmed_at', 'desc')
      .limit(50)
      .execute()) as VisitRow[];
    const awaiting = (await visits('awaiting_confirmation').orderBy('v.confirm_by').limit(200).execute()) as VisitRow[];
    // Nobody but the elder can confirm these (no linked relative), or they have waited a day: the secretary may help.
    const withoutPhone: VisitRow[] = [];
    const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString();
    for (const v of awaiting) {
      if ((v.check_out_at ?? '') < dayAgo || (await relativesOf(db, v.elder_id)).length === 0) withoutPhone.push(v);
    }
    const needRows = await db
      .selectFrom('tb_needs')
      .innerJoin('people', 'people.id', 'tb_needs.person_id')
      .innerJoin('org_units as unit', 'unit.id', 'people.org_unit_id')
      .selectAll('tb_needs')
      .select('people.name')
      .where(inUnits)
      .orderBy('tb_needs.id', 'desc')
      .limit(50)
      .execute();
    const deciders = await namesOf(
      db,
      needRows.map((n) => n.decided_by),
    );
    return {
      approvals,
      unmatched,
      disputes: disputes.map(visitSummary),
      confirmedForElder: forElder.map(visitSummary),
      awaitingWithoutPhone: withoutPhone.map(visitSummary),
      needs: needRows.map((n) => ({
        person: { id: n.person_id, name: n.name },
        kind: n.kind,
        kindName: NEED_KIND_NAMES[n.kind],
        approved: n.approved === 1,
        note: n.note,
        decidedBy: { id: n.decided_by, name: deciders.get(n.decided_by) ?? '' },
        decidedAt: n.decided_at,
      })),
    };
  },
);

export const approveNeed = action(
  { access: { roles: SCOPES.manageBranch }, input: approveNeedInput },
  async function approveNeed(input, ctx): Promise<TimebankApi['approveNeed']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const profile = await requirePersonInReach(db, caller, input.personId, {
      scope: 'manageBranch',
      self: 'managed',
      words: { notFound: '没有找到这位老人。', outsideScope: '这位老人不在您管理的支部里，不能由您审核。' },
    });
    const at = deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('tb_needs')
        .values({
          person_id: input.personId,
          kind: input.kind,
          approved: input.approve ? 1 : 0,
          note: input.note,
          decided_by: caller.person.id,
          decided_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      let opened = 0;
      if (input.approve) {
        const rows = await trx
          .updateTable('help_requests')
          .set({ status: 'open', approved_by: caller.person.id, updated_at: at })
          .where('person_id', '=', input.personId)
          .where('status', '=', 'awaiting_approval')
          .where('starts_at', '>', at)
          .returning('id')
          .execute();
        opened = rows.length;
      }
      await audit({
        entity: 'tb_need',
        entityId: id,
        after: { personId: input.personId, kind: input.kind, approved: input.approve, opened },
      });
      const need: NeedApproval = {
        person: { id: input.personId, name: profile.person.name },
        kind: input.kind,
        kindName: NEED_KIND_NAMES[input.kind],
        approved: input.approve,
        note: input.note,
        decidedBy: { id: caller.person.id, name: caller.person.name },
        decidedAt: at,
      };
      const name = profile.person.name;
      const message = input.approve
        ? `已同意${name}的“${NEED_KIND_NAMES[input.kind]}”。${opened > 0 ? `等审核的 ${opened} 个请求已经发出，等人来帮。` : ''}`
        : `已记下：不同意${name}的“${NEED_KIND_NAMES[input.kind]}”。`;
      return { need, message };
    });
  },
);
