// Clocking in and out, shared by checkIn, checkOut and syncOffline (which passes the scan's own time). Order:
// read the code as it was at the scan (the visit check-in, backend/visits/check-in.ts) → the post → where the phone was → the person's open record and shift →
// one transaction. One open record per person on any device is a unique column, so two phones racing get one
// record and one ALREADY_CHECKED_IN; records never overlap, so hours stay within real time for the person.
import type { Transaction } from 'kysely';
import type { CheckInResult, CheckOutResult } from '../../../../contracts/volunteer';
import { SCOPES } from '../../../../contracts/roles';
import type { Schema } from '../../../data/schema';
import type { VolPostRow } from '../schema';
import { isUniqueViolation } from '../../../common/db-errors';
import { cancelJob } from '../../../data/jobs';
import {
  autoCheckOutKey,
  closeRecord,
  findOpenRecord,
  findPost,
  latestRecordedMoment,
  scheduleAutoCheckOut,
  shiftOfRecord,
  signedUpOccurrences,
} from '../queries/volunteer';
import { isWithin } from '../../../common/org-paths';
import {
  autoCheckOutAt,
  canUndoCheckOut,
  hoursForRecord,
  hoursOf,
  minimumServedMinutes,
  UNDO_CHECK_OUT_MINUTES,
} from '../rules/hours';
import { occurrenceForCheckIn } from '../rules/shifts';
import { clockWords, chinaDateTimeWords } from '../../../common/china-time';
import { minutesWords } from '../../../../contracts/time-words';
import { CODE_GUESS_LIMIT, CODE_GUESS_LIMIT_NAME, needsConfirmation, scanFlags } from '../rules/trust';
import { AppError, fail } from '../../../runtime/app-error';
import { judgeWhere, readCode, type VisitScan, type VisitSite } from '../../../visits/check-in';
import type { ContextFor } from '../../../runtime/define-function';

export const CLOCK_ROLES = SCOPES.serve;
type Ctx = ContextFor<{ roles: typeof CLOCK_ROLES }>;
type Post = VolPostRow & { org_path: string; org_name: string };

export type Scan = VisitScan;

export interface ClockOptions {
  /** When the scan happened: now, or the offline queue's scannedAt. */
  at: Date;
  clientId?: string;
  offline: boolean;
}

/** A volunteer post as the visit check-in sees it, in the post's own words. */
function postSite(ctx: Ctx): VisitSite<Post> {
  return {
    sceneType: 'checkin',
    find: (id) => findPost(ctx.deps.database.db, id),
    guessLimit: { name: CODE_GUESS_LIMIT_NAME, limit: CODE_GUESS_LIMIT },
    words: {
      sceneNotFound: '没有找到这个驿站，它可能已经撤销了。请找驿站负责人登记。',
      idNotFound: '没有找到这个驿站，请检查驿站编号。',
      scanRotating: (post) => `${post.name}用负责人手机上的动态二维码打卡，请扫负责人手机上的码。`,
      scanPrinted: (post) => `${post.name}请扫门口张贴的打卡二维码，不用输入数字码。`,
      typedStale: '这个数字码已经过期了，请看负责人手机上现在的数字码，再输一次。',
      typedWrong: '数字码不对，请看清负责人手机上的 6 位数字，再输一次。',
      locationRequired: (post, verb) =>
        `在${post.name}${verb}要用手机的位置确认您在驿站。请允许使用位置信息，再扫一次。`,
      tooFar: (post, distance, verb) =>
        `您现在离${post.name}大约 ${distance}，要在 ${post.radius} 米以内才能${verb}。请到驿站再扫一次。`,
    },
  };
}

async function readPostCode(
  scan: Scan,
  at: Date,
  offline: boolean,
  ctx: Ctx,
): Promise<{ post: Post; codeUsed: string; typedCode: boolean }> {
  const { place, codeUsed, typedCode } = await readCode(scan, at, offline, postSite(ctx), {
    sceneKey: ctx.deps.sceneKey,
    limits: ctx.deps.limits,
    personId: ctx.caller.person.id,
  });
  return { post: place, codeUsed, typedCode };
}

export async function clockIn(scan: Scan, options: ClockOptions, ctx: Ctx): Promise<CheckInResult> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const personId = caller.person.id;
  const { at } = options;
  const { post, codeUsed, typedCode } = await readPostCode(scan, at, options.offline, ctx);
  const where = judgeWhere(post, scan, '签到', postSite(ctx).words);

  const open = await findOpenRecord(db, personId);
  if (open) {
    const openPost = open.post_id === post.id ? post : await findPost(db, open.post_id);
    throw new AppError(
      'ALREADY_CHECKED_IN',
      `您在${openPost?.name ?? '驿站'}${clockWords(new Date(open.check_in_at))}已经签到了，还没有签退。请先签退，再签到。`,
    );
  }
  const latest = await latestRecordedMoment(db, personId);
  if (latest !== null && latest > at.toISOString())
    throw fail.conflict('这个时间之后您已经有服务记录了，这次打卡和它重叠，不能计入。');

  const signedUp = await signedUpOccurrences(db, personId, post.id, at);
  const occurrence = occurrenceForCheckIn(signedUp, at, post.window_minutes);
  if (!occurrence) {
    const walkIn = post.walk_ins === 1 && isWithin(caller.orgUnit.path, post.org_path);
    if (!walkIn) {
      const next = signedUp
        .filter((o) => o.end.getTime() > at.getTime())
        .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
      throw new AppError(
        'OUTSIDE_SHIFT',
        next
          ? `您报名的班次在${chinaDateTimeWords(next.start)}开始，请在开始前后 ${post.window_minutes} 分钟内签到。`
          : `您现在没有在${post.name}报名的班次。请先在驿站页面报名班次，再来签到。`,
      );
    }
  } else {
    const served = await db
      .selectFrom('vol_records')
      .select('id')
      .where('person_id', '=', personId)
      .where('shift_id', '=', occurrence.shiftId)
      .where('shift_start', '=', occurrence.start.toISOString())
      .executeTakeFirst();
    if (served) throw new AppError('ALREADY_CHECKED_IN', '这个班次您已经签到过了，每个班次只记一次。');
  }

  const flags = [
    ...where.flags,
    ...scanFlags({ typedCode, hasLocation: where.location !== undefined, offline: options.offline }),
  ];
  const now = deps.now();
  try {
    return await ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('vol_records')
        .values({
          person_id: personId,
          post_id: post.id,
          shift_id: occurrence?.shiftId ?? null,
          shift_start: occurrence?.start.toISOString() ?? null,
          shift_end: occurrence?.end.toISOString() ?? null,
          check_in_at: at.toISOString(),
          check_out_at: null,
          open_person_id: personId,
          in_lat: where.location?.lat ?? null,
          in_lng: where.location?.lng ?? null,
          in_accuracy: where.location?.accuracy ?? null,
          out_lat: null,
          out_lng: null,
          out_accuracy: null,
          in_code: codeUsed,
          flags_json: JSON.stringify(flags),
          status: 'open',
          served_minutes: null,
          counted: 0,
          service: occurrence?.shift.service ?? '随到随签服务',
          confirmed_by: null,
          confirmed_at: null,
          needs_confirmation: needsConfirmation(flags) ? 1 : 0,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (options.clientId) await keepClientScan(trx, personId, options.clientId, 'in', id, now);
      await scheduleAutoCheckOut(trx, id, autoCheckOutAt(at, occurrence ?? null), now);
      await audit({
        entity: 'vol_record',
        entityId: id,
        after: {
          postId: post.id,
          checkInAt: at.toISOString(),
          shiftId: occurrence?.shiftId ?? null,
          code: codeUsed,
          flags,
        },
      });
      return {
        record: { id, checkInAt: at.toISOString(), postName: post.name, flags, walkIn: !occurrence },
        message: `签到成功，${clockWords(at)}。服务结束时请再扫一次签退。`,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err) && (await findOpenRecord(db, personId))) {
      throw new AppError('ALREADY_CHECKED_IN', '您已经在另一台手机上签到了，还没有签退。请先签退，再签到。');
    }
    throw err;
  }
}

export async function clockOut(scan: Scan, options: ClockOptions, ctx: Ctx): Promise<CheckOutResult> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const personId = caller.person.id;
  const { at } = options;
  const { post, typedCode } = await readPostCode(scan, at, options.offline, ctx);
  const open = await findOpenRecord(db, personId);
  if (!open) throw new AppError('NOT_CHECKED_IN', '您还没有签到，不能签退。请先扫码签到。');
  if (open.post_id !== post.id) {
    const openPost = await findPost(db, open.post_id);
    throw fail.conflict(`您是在${openPost?.name ?? '另一个驿站'}签到的，请扫那里的二维码签退。`);
  }
  if (at.getTime() < Date.parse(open.check_in_at)) throw fail.conflict('签退时间早于签到时间，这条签退不能计入。');
  const where = judgeWhere(post, scan, '签退', postSite(ctx).words);
  const now = deps.now();
  const decision = hoursForRecord(
    { checkInAt: new Date(open.check_in_at), checkOutAt: at },
    shiftOfRecord(open),
    Number(post.min_share),
  );

  return ctx.transaction(async (trx, audit) => {
    const outFlags = [
      ...where.flags,
      ...scanFlags({ typedCode, hasLocation: where.location !== undefined, offline: options.offline }),
    ];
    const closed = await closeRecord(
      trx,
      open,
      post,
      { at, location: where.location, flags: outFlags, actorId: personId, writtenAt: now },
      decision,
    );
    if (!closed) throw new AppError('NOT_CHECKED_IN', '这次服务已经签退过了。');
    if (options.clientId) await keepClientScan(trx, personId, options.clientId, 'out', open.id, now);
    await cancelJob(trx, autoCheckOutKey(open.id));
    await audit({
      entity: 'vol_record',
      entityId: open.id,
      before: { status: 'open' },
      after: { checkOutAt: at.toISOString(), minutes: closed.minutes, counted: closed.counted, flags: closed.flags },
    });
    const hours = hoursOf(closed.minutes);
    const done = `签退成功，${clockWords(at)}。`;
    // Only a 签退 made just now can be taken back: one sent later from the phone's queue is fixed by 申请更正.
    const undoUntil =
      !options.offline && canUndoCheckOut(at, now) ? new Date(at.getTime() + UNDO_CHECK_OUT_MINUTES * 60_000) : null;
    const undo = undoUntil ? `按错了的话，${UNDO_CHECK_OUT_MINUTES}分钟内可以按“撤销签退”。` : '';
    const minimum = minimumServedMinutes(shiftOfRecord(open), Number(post.min_share));
    const message = closed.counted
      ? needsConfirmation(closed.flags)
        ? `${done}这次服务记${minutesWords(closed.minutes)}，待负责人确认：驿站负责人确认以后，才计入服务证明。${undo}`
        : `${done}这次服务记${minutesWords(closed.minutes)}，驿站负责人确认后生效。${undo}`
      : `${done}您服务了${minutesWords(closed.servedMinutes)}，不满${minutesWords(minimum)}，这次不计时长。${undo}如有疑问可以申请更正。`;
    return {
      record: {
        id: open.id,
        checkOutAt: at.toISOString(),
        hours,
        counted: closed.counted,
        flags: closed.flags,
        undoUntil: undoUntil?.toISOString() ?? null,
      },
      message,
    };
  });
}

async function keepClientScan(
  trx: Transaction<Schema>,
  personId: number,
  clientId: string,
  kind: 'in' | 'out',
  recordId: number,
  now: Date,
) {
  await trx
    .insertInto('vol_client_scans')
    .values({ person_id: personId, client_id: clientId, kind, record_id: recordId, created_at: now.toISOString() })
    .execute();
}
