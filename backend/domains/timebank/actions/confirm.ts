// The counter-signature: within 72 hours the elder, a linked relative or (for an elder without a phone, marked and
// audited) the secretary confirms the visit with one button, and only then do the hours move; or disputes it, and it
// goes to the secretary's queue. The helper can never confirm their own visit; confirming twice answers the first
// answer; after 72 hours nothing is credited.
import { isLinkedRelative } from '../../../access/family-links';
import { none } from '../../../../contracts/fields';
import {
  disputeInput,
  resolveDisputeInput,
  visitIdInput,
  type TimebankApi,
  type VisitToConfirm,
} from '../../../../contracts/timebank';
import { minutesWords } from '../../../../contracts/time-words';
import { lockForUpdate } from '../../../common/row-locks';
import { chinaDay } from '../../../common/china-time';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { PersonCaller } from '../../../runtime/caller';
import type { Kysely } from 'kysely';
import type { Schema } from '../../../data/schema';
import { managesPath } from '../access';
import { creditVisit } from '../queries/credit';
import { eldersOf } from '../queries/people';
import { findVisit, visitQuery } from '../queries/visits';
import { hoursOf } from '../rules/coverage';
import { confirmerOf, confirmWindowOpen, timeLeftWords, type Confirmer } from '../rules/visits';
import { confirmQuestion, visitSummary, type VisitRow } from '../views';

const NOT_FOUND = '没有找到这次服务记录。';

async function confirmerFor(db: Kysely<Schema>, caller: PersonCaller, visit: VisitRow): Promise<Confirmer> {
  const unit = await db
    .selectFrom('help_requests')
    .innerJoin('org_units', 'org_units.id', 'help_requests.org_unit_id')
    .select('org_units.path')
    .where('help_requests.id', '=', visit.request_id)
    .executeTakeFirstOrThrow();
  const who = confirmerOf({
    callerId: caller.person.id,
    helperId: visit.helper_id,
    elderId: visit.elder_id,
    isRelative: await isLinkedRelative(db, visit.elder_id, caller.person.id),
    isSecretary: managesPath(caller, unit.path),
  });
  if (typeof who !== 'string') throw fail.forbidden(who.refused);
  return who;
}

function confirmedAnswer(
  visit: { id: number; credited_minutes: number | null; confirmed_for_elder: number },
  helperName: string,
) {
  const minutes = Number(visit.credited_minutes ?? 0);
  return {
    visit: {
      id: visit.id,
      status: 'confirmed' as const,
      hours: hoursOf(minutes),
      confirmedForElder: visit.confirmed_for_elder === 1,
    },
    message: `已确认，${helperName}的${minutesWords(minutes)}记上了。谢谢！`,
  };
}

export const confirm = action(
  { access: 'person', input: visitIdInput, limit: { points: 200, seconds: 60 } },
  async function confirm({ visitId }, ctx): Promise<TimebankApi['confirm']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const visit = await findVisit(db, visitId);
    if (!visit) throw fail.notFound(NOT_FOUND);
    const who = await confirmerFor(db, caller, visit);
    if (visit.status === 'confirmed') return confirmedAnswer(visit, visit.helper_name);
    refuseUnconfirmable(visit.status, visit.confirm_by, now);
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'tb_visits', visit.id);
      if (!locked) throw fail.notFound(NOT_FOUND);
      // A second confirmation that waited for the first answers what the first did.
      if (locked.status === 'confirmed') return confirmedAnswer(locked, visit.helper_name);
      refuseUnconfirmable(locked.status, locked.confirm_by, now);
      const minutes = Number(locked.minutes);
      const transferId = await creditVisit(trx, {
        visitId: visit.id,
        elderId: visit.elder_id,
        helperId: visit.helper_id,
        minutes,
        by: caller.person.id,
        at: now,
      });
      const at = now.toISOString();
      const forElder = who === 'secretary' ? 1 : 0;
      await trx
        .updateTable('tb_visits')
        .set({
          status: 'confirmed',
          confirmed_at: at,
          confirmed_by: caller.person.id,
          confirmed_for_elder: forElder,
          credited_minutes: minutes,
          transfer_id: transferId,
          served_on: chinaDay(now),
          updated_at: at,
        })
        .where('id', '=', visit.id)
        .execute();
      await trx
        .updateTable('help_requests')
        .set({ status: 'done', closed_at: at, updated_at: at })
        .where('id', '=', visit.request_id)
        .execute();
      await audit({
        entity: 'tb_visit',
        entityId: visit.id,
        before: { status: 'awaiting_confirmation' },
        after: { status: 'confirmed', minutes, by: who, confirmedForElder: forElder === 1, transferId },
      });
      return confirmedAnswer(
        { id: visit.id, credited_minutes: minutes, confirmed_for_elder: forElder },
        visit.helper_name,
      );
    });
  },
);

function refuseUnconfirmable(status: string, confirmBy: string | null, now: Date): void {
  if (status === 'in_progress') throw new AppError('CONFLICT', '这次服务还没有签退，签退以后才能确认。');
  if (status === 'disputed') throw new AppError('CONFLICT', '这次服务已经提出异议，正在等支部书记处理。');
  if (status === 'rejected') throw new AppError('CONFLICT', '书记核实后，这次服务不计时间。');
  if (status === 'expired' || (status === 'awaiting_confirmation' && !confirmWindowOpen(confirmBy, now)))
    throw new AppError('CONFLICT', '已经超过72小时，不能再确认了，这次的时间不计入。如有问题，请联系支部书记。');
}

export const dispute = action(
  { access: 'person', input: disputeInput, limit: { points: 20, seconds: 60 } },
  async function dispute({ visitId, reason }, ctx): Promise<TimebankApi['dispute']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const visit = await findVisit(db, visitId);
    if (!visit) throw fail.notFound(NOT_FOUND);
    await confirmerFor(db, caller, visit);
    if (visit.status === 'disputed')
      return { visit: { id: visit.id, status: 'disputed' }, message: '异议已经交给支部书记了，请等书记处理。' };
    if (visit.status === 'confirmed')
      throw new AppError('CONFLICT', '这次服务已经确认并记账了。如有问题，请联系支部书记。');
    refuseUnconfirmable(visit.status, visit.confirm_by, now);
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'tb_visits', visit.id);
      if (!locked || locked.status !== 'awaiting_confirmation')
        throw new AppError('CONFLICT', '这次服务的状态已经变了，请刷新后再看。');
      const at = now.toISOString();
      await trx
        .updateTable('tb_visits')
        .set({
          status: 'disputed',
          dispute_reason: reason,
          disputed_at: at,
          disputed_by: caller.person.id,
          updated_at: at,
        })
        .where('id', '=', visit.id)
        .execute();
      await audit({
        entity: 'tb_visit',
        entityId: visit.id,
        before: { status: 'awaiting_confirmation' },
        after: { status: 'disputed', reason },
      });
      return {
        visit: { id: visit.id, status: 'disputed' as const },
        message: '已经把您的意见交给支部书记，书记核实后会处理。这次的时间先不计入。',
      };
    });
  },
);

export const resolveDispute = action(
  { access: 'person', input: resolveDisputeInput },
  async function resolveDispute(input, ctx): Promise<TimebankApi['resolveDispute']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const visit = await findVisit(db, input.visitId);
    if (!visit) throw fail.notFound(NOT_FOUND);
    const who = await confirmerFor(db, caller, visit);
    if (who !== 'secretary') throw fail.forbidden('异议要由支部书记处理。');
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'tb_visits', visit.id);
      if (!locked || locked.status !== 'disputed') throw new AppError('CONFLICT', '这次服务没有待处理的异议。');
      const at = now.toISOString();
      const minutes = input.credit ? Math.round((input.hours ?? Number(locked.minutes) / 60) * 60) : 0;
      const transferId = input.credit
        ? await creditVisit(trx, {
            visitId: visit.id,
            elderId: visit.elder_id,
            helperId: visit.helper_id,
            minutes,
            by: caller.person.id,
            at: now,
          })
        : null;
      const status = input.credit ? ('confirmed' as const) : ('rejected' as const);
      await trx
        .updateTable('tb_visits')
        .set({
          status,
          resolved_by: caller.person.id,
          resolved_at: at,
          resolution_note: input.note,
          credited_minutes: minutes,
          transfer_id: transferId,
          confirmed_at: input.credit ? at : null,
          confirmed_by: input.credit ? caller.person.id : null,
          confirmed_for_elder: input.credit ? 1 : 0,
          served_on: chinaDay(now),
          updated_at: at,
        })
        .where('id', '=', visit.id)
        .execute();
      await trx
        .updateTable('help_requests')
        .set({ status: input.credit ? 'done' : 'expired', closed_at: at, updated_at: at })
        .where('id', '=', visit.request_id)
        .execute();
      await audit({
        entity: 'tb_visit',
        entityId: visit.id,
        before: { status: 'disputed' },
        after: { status, minutes, note: input.note },
      });
      return {
        visit: { id: visit.id, status },
        hours: hoursOf(minutes),
        message: input.credit ? `已处理：这次服务记${minutesWords(minutes)}。` : '已处理：这次服务不计时间。',
      };
    });
  },
);

export const toConfirm = action({ access: 'person', input: none }, async function toConfirm(_input, ctx): Promise<
  TimebankApi['toConfirm']['output']
> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const now = deps.now();
  const elders = (await eldersOf(db, caller.person.id)).map((e) => e.id);
  const rows = (await visitQuery(db)
    .where('v.status', '=', 'awaiting_confirmation')
    .where('v.confirm_by', '>=', now.toISOString())
    .where('v.elder_id', 'in', [caller.person.id, ...elders])
    .where('v.helper_id', '!=', caller.person.id)
    .orderBy('v.confirm_by')
    .execute()) as VisitRow[];
  const visits: VisitToConfirm[] = rows.map((v) => ({
    ...visitSummary(v),
    question: confirmQuestion(v, v.elder_id === caller.person.id),
    timeLeft: timeLeftWords(v.confirm_by as string, now),
  }));
  return { visits };
});

export const myVisits = action({ access: 'person', input: none }, async function myVisits(_input, ctx): Promise<
  TimebankApi['myVisits']['output']
> {
  const { deps, caller } = ctx;
  const rows = (await visitQuery(deps.database.db)
    .where((eb) => eb.or([eb('v.helper_id', '=', caller.person.id), eb('v.elder_id', '=', caller.person.id)]))
    .orderBy('v.check_in_at', 'desc')
    .limit(200)
    .execute()) as VisitRow[];
  return { visits: rows.map(visitSummary) };
});
