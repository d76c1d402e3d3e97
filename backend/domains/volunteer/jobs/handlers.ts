// The volunteer domain's time-driven work; the registry (./registry.ts) runs every handler listed here.
// - the automatic check-out at the shift's end (or a walk-in's cap), flagged for the manager;
// - the shift reminder at 19:00 China time the evening before, in the inbox and as a WeChat subscribe message.
import { z } from 'zod';
import { PAGES } from '../../../../contracts/pages';
import { notify } from '../../../data/messages';
import { AUTO_CHECK_OUT_JOB, closeRecord, findPost, SHIFT_REMINDER_JOB, shiftOfRecord } from '../queries/volunteer';
import { autoCheckOutAt, hoursForRecord } from '../rules/hours';
import { occurrenceOn } from '../rules/shifts';
import { chinaDateTimeWords } from '../../../common/china-time';
import { defineJob, type JobHandler } from '../../../jobs/define-job';

const POST_PAGE = PAGES.volunteer.post;

export const autoCheckOut = defineJob({
  kind: AUTO_CHECK_OUT_JOB,
  title: '志愿服务：到点自动签退',
  payload: z.object({ recordId: z.number().int().positive() }),
  async run({ recordId }, { deps, transaction }) {
    const db = deps.database.db;
    const record = await db.selectFrom('vol_records').selectAll().where('id', '=', recordId).executeTakeFirst();
    // Already checked out (by the volunteer, or by an earlier try of this job): nothing to do.
    if (!record || record.open_person_id === null) return;
    const post = await findPost(db, record.post_id);
    if (!post) return;
    const shift = record.shift_end ? { end: new Date(record.shift_end) } : null;
    const at = autoCheckOutAt(new Date(record.check_in_at), shift);
    const decision = hoursForRecord(
      { checkInAt: new Date(record.check_in_at), checkOutAt: at },
      shiftOfRecord(record),
      Number(post.min_share),
    );
    await transaction(async (trx, audit) => {
      const closed = await closeRecord(
        trx,
        record,
        post,
        { at, flags: ['auto_check_out'], actorId: null, writtenAt: deps.now() },
        decision,
      );
      if (!closed) return;
      await audit({
        entity: 'vol_record',
        entityId: record.id,
        before: { status: 'open' },
        after: { checkOutAt: at.toISOString(), minutes: closed.minutes, counted: closed.counted, flags: closed.flags },
      });
    });
  },
});

export const shiftReminder = defineJob({
  kind: SHIFT_REMINDER_JOB,
  title: '志愿服务：班次前一晚提醒',
  payload: z.object({ signupId: z.number().int().positive() }),
  async run({ signupId }, { deps, transaction }) {
    const db = deps.database.db;
    const signup = await db
      .selectFrom('vol_signups')
      .innerJoin('vol_shifts', 'vol_shifts.id', 'vol_signups.shift_id')
      .innerJoin('vol_posts', 'vol_posts.id', 'vol_shifts.post_id')
      .selectAll('vol_shifts')
      .select(['vol_signups.person_id', 'vol_signups.occurs_on', 'vol_posts.name as post_name'])
      .where('vol_signups.id', '=', signupId)
      .executeTakeFirst();
    // Left the shift since (leaveShift cancels the job, but a try may already have been claimed).
    if (!signup) return;
    const o = occurrenceOn(signup, signup.occurs_on);
    if (!o || o.start.getTime() <= deps.now().getTime()) return;
    const sent = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', SHIFT_REMINDER_JOB)
      .where('entity_id', '=', String(signupId))
      .executeTakeFirst();
    if (sent) return;
    await transaction(async (trx, audit) => {
      await notify(
        trx,
        signup.person_id,
        {
          kind: 'volunteer_shift_reminder',
          text: `提醒：${chinaDateTimeWords(o.start)}您在${signup.post_name}有志愿服务。`,
          link: { page: POST_PAGE, params: { id: String(signup.post_id) } },
          subscribe: {
            template: 'volunteer_shift_reminder',
            data: { post: signup.post_name, time: chinaDateTimeWords(o.start), service: signup.service },
          },
        },
        deps.now(),
      );
      await audit({ entity: 'vol_signup', entityId: signupId, after: { reminded: true } });
    });
  },
});

export const VOLUNTEER_JOBS: readonly JobHandler[] = [autoCheckOut, shiftReminder];
