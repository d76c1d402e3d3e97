// The helper scans the elder's card at arrival (checkIn) and departure (checkOut). The card must be the matched
// request's elder's and not reported lost; the phone's location is recorded as a hint (backend/visits/hint.ts).
// A second tap answers the visit as it is.
import { scanInput, type TimebankApi } from '../../../../contracts/timebank';
import { minutesWords } from '../../../../contracts/time-words';
import { lockForUpdate } from '../../../common/row-locks';
import { locationHint } from '../../../visits/hint';
import { readSealedScene } from '../../../scan/read-scene';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { Deps } from '../../../runtime/deps';
import { confirmDeadline, countedMinutes } from '../rules/visits';
import { LOST_CARD } from '../scenes/resolve';
import { hoursOf } from '../rules/coverage';
import { chinaDateTimeWords } from '../../../common/china-time';

const NOT_A_CARD = '这不是老人的时间银行服务卡。请扫老人手里的服务卡。';
const OTHER_ELDER = '这张服务卡不是您这次要帮助的老人的。请扫您接下的那位老人的服务卡。';
/** A helper may scan in from an hour before the window. */
const EARLY_MS = 3600_000;

async function cardOf(scene: string, deps: Deps) {
  const facts = readSealedScene(scene, 'personalCard', NOT_A_CARD, deps);
  const card = await deps.database.db.selectFrom('tb_cards').selectAll().where('id', '=', facts.id).executeTakeFirst();
  if (!card) throw new AppError('QR_INVALID', NOT_A_CARD);
  if (card.lost_at) throw new AppError('QR_INVALID', LOST_CARD);
  return card;
}

function hintOrRefuse(
  scan: { lat?: number; lng?: number; accuracy?: number },
  arrival: { lat: number; lng: number } | null,
) {
  const hint = locationHint(scan, arrival);
  if (!hint) throw fail.validation('手机报告的位置不对，请到室外开阔处重新定位后再试。');
  return hint;
}

export const checkIn = action(
  { access: 'person', input: scanInput, limit: { points: 20, seconds: 60 } },
  async function checkIn(input, ctx): Promise<TimebankApi['checkIn']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const card = await cardOf(input.scene, deps);
    let q = db
      .selectFrom('help_requests')
      .selectAll()
      .where('helper_id', '=', caller.person.id)
      .where('status', 'in', ['matched', 'visiting'])
      .orderBy('starts_at');
    if (input.requestId !== undefined) q = q.where('id', '=', input.requestId);
    const mine = await q.execute();
    const request = mine.find((r) => r.person_id === card.person_id);
    if (!request) {
      if (mine.length > 0) throw fail.forbidden(OTHER_ELDER);
      throw fail.notFound('您还没有接下这位老人的请求。请先在“等人来帮”里接下请求，再来签到。');
    }
    if (request.status === 'visiting') {
      const open = await db
        .selectFrom('tb_visits')
        .select(['id', 'minutes', 'status'])
        .where('request_id', '=', request.id)
        .executeTakeFirstOrThrow();
      return {
        visit: { id: open.id, minutes: 0, status: open.status },
        message: '您已经签到过了，服务结束时请再扫一次签退。',
      };
    }
    if (now.getTime() < Date.parse(request.starts_at) - EARLY_MS)
      throw new AppError(
        'CONFLICT',
        `还没到时间。这次帮助约在${chinaDateTimeWords(request.starts_at)}，请提前不超过1小时签到。`,
      );
    if (now.getTime() > Date.parse(request.ends_at))
      throw new AppError('CONFLICT', '这次请求的时间已经过了，不能再签到。如已经帮过忙，请联系支部书记。');
    const hint = hintOrRefuse(input, null);
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'help_requests', request.id);
      if (!locked || locked.status !== 'matched' || locked.helper_id !== caller.person.id)
        throw new AppError('CONFLICT', '这次请求已经取消或有了变化，不能签到。');
      const at = now.toISOString();
      const { id } = await trx
        .insertInto('tb_visits')
        .values({
          request_id: request.id,
          helper_id: caller.person.id,
          elder_id: request.person_id,
          card_id: card.id,
          status: 'in_progress',
          check_in_at: at,
          check_out_at: null,
          in_location: hint.location ? JSON.stringify(hint.location) : null,
          out_location: null,
          flags: JSON.stringify(hint.flags),
          confirm_by: null,
          confirmed_at: null,
          confirmed_by: null,
          dispute_reason: null,
          disputed_at: null,
          disputed_by: null,
          resolved_by: null,
          resolved_at: null,
          resolution_note: null,
          credited_minutes: null,
          transfer_id: null,
          served_on: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('help_requests')
        .set({ status: 'visiting', updated_at: at })
        .where('id', '=', request.id)
        .execute();
      await audit({
        entity: 'tb_visit',
        entityId: id,
        after: { requestId: request.id, checkInAt: at, flags: hint.flags },
      });
      return {
        visit: { id, minutes: 0, status: 'in_progress' as const },
        message: `签到成功：${chinaDateTimeWords(at)}。服务结束离开时，请再扫一次老人的服务卡签退。`,
      };
    });
  },
);

export const checkOut = action(
  { access: 'person', input: scanInput, limit: { points: 20, seconds: 60 } },
  async function checkOut(input, ctx): Promise<TimebankApi['checkOut']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const card = await cardOf(input.scene, deps);
    let q = db
      .selectFrom('tb_visits')
      .selectAll()
      .where('helper_id', '=', caller.person.id)
      .where('status', 'in', ['in_progress', 'awaiting_confirmation'])
      .orderBy('id', 'desc');
    if (input.requestId !== undefined) q = q.where('request_id', '=', input.requestId);
    const visits = await q.execute();
    const visit = visits.find((v) => v.elder_id === card.person_id);
    if (!visit) {
      if (visits.some((v) => v.status === 'in_progress')) throw fail.forbidden(OTHER_ELDER);
      throw fail.notFound('您还没有在这位老人家签到。请先签到，服务结束时再签退。');
    }
    if (visit.status === 'awaiting_confirmation')
      return {
        visit: {
          id: visit.id,
          minutes: Number(visit.minutes),
          status: visit.status,
          hours: hoursOf(Number(visit.minutes)),
        },
        message: '您已经签退过了，正在等老人或家人确认。',
      };
    const request = await db
      .selectFrom('help_requests')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', visit.request_id)
      .executeTakeFirstOrThrow();
    const arrival = visit.in_location ? (JSON.parse(visit.in_location) as { lat: number; lng: number }) : null;
    const hint = hintOrRefuse(input, arrival);
    const at = now.toISOString();
    const windowMinutes = Math.round((Date.parse(request.ends_at) - Date.parse(request.starts_at)) / 60_000);
    const minutes = countedMinutes(visit.check_in_at, at, request.starts_at, windowMinutes);
    const flags = [...new Set([...(JSON.parse(visit.flags) as string[]), ...hint.flags])];
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'tb_visits', visit.id);
      if (!locked || locked.status !== 'in_progress') throw new AppError('CONFLICT', '这次服务已经签退过了。');
      await trx
        .updateTable('tb_visits')
        .set({
          status: 'awaiting_confirmation',
          check_out_at: at,
          minutes,
          out_location: hint.location ? JSON.stringify(hint.location) : null,
          flags: JSON.stringify(flags),
          confirm_by: confirmDeadline(at),
          updated_at: at,
        })
        .where('id', '=', visit.id)
        .execute();
      await trx
        .updateTable('help_requests')
        .set({ status: 'visited', updated_at: at })
        .where('id', '=', visit.request_id)
        .execute();
      await audit({
        entity: 'tb_visit',
        entityId: visit.id,
        before: { status: 'in_progress' },
        after: { status: 'awaiting_confirmation', minutes, flags },
      });
      return {
        visit: { id: visit.id, minutes, status: 'awaiting_confirmation' as const, hours: hoursOf(minutes) },
        message: `签退成功，这次服务${minutesWords(minutes)}。老人或家人在72小时内确认以后，时间才会记到您的账上。`,
      };
    });
  },
);
