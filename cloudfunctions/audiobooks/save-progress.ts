// Where a member stopped, and what they heard since the last report (study time). Sent every 10 s while playing,
// on pause and on leaving the page; a resent report changes nothing (stretches already heard count once).
import { saveProgressInput, type AudiobooksApi } from '../../contracts/audiobooks';
import { addStudySeconds, findChapter, lockCoverage, upsertPosition } from '../../backend/data/audiobooks';
import { chinaDay } from '../../backend/rules/china-day';
import { applyListening, clampPosition, coveredSeconds, type Coverage, type PlaybackRate } from '../../backend/rules/listened-time';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';

/** Credit allowed for the first report in a chapter, when there is no earlier report to measure from. */
const FIRST_REPORT_ALLOWANCE = 30;
/** Slack for network delay between two reports. */
const REPORT_SLACK = 5;

export const saveProgress = action({
  access: 'person',
  input: saveProgressInput,
  async run(input, ctx): Promise<AudiobooksApi['saveProgress']['output']> {
    const { deps, caller } = ctx;
    const chapter = await findChapter(deps.database.db, input.chapterId);
    if (!chapter) throw fail.notFound('没有找到这一章，可能已经下架了。');
    const { position, clamped } = clampPosition(input.position, chapter.duration);
    const now = deps.now();

    const credited = await ctx.transaction(async (trx, audit) => {
      const row = await lockCoverage(trx, deps.database.engine, caller.person.id, chapter.id);
      const previous = JSON.parse(row.coverage_json) as Coverage;
      const allowed = row.last_report_at === null ? FIRST_REPORT_ALLOWANCE : (now.getTime() - new Date(row.last_report_at).getTime()) / 1000 + REPORT_SLACK;
      const decision = applyListening(previous, input.listened ?? [], chapter.duration, (input.rate ?? 1) as PlaybackRate, Math.max(0, allowed));

      await upsertPosition(trx, { personId: caller.person.id, bookId: chapter.book_id, chapterId: chapter.id, position, at: now.toISOString() });
      if (decision.newContentSeconds > 0) {
        await trx
          .updateTable('chapter_coverage')
          .set({ coverage_json: JSON.stringify(decision.coverage), covered: coveredSeconds(decision.coverage), last_report_at: now.toISOString() })
          .where('id', '=', row.id)
          .execute();
      } else if (row.last_report_at === null) {
        await trx.updateTable('chapter_coverage').set({ last_report_at: now.toISOString() }).where('id', '=', row.id).execute();
      }
      if (decision.creditedSeconds > 0) await addStudySeconds(trx, caller.person.id, chinaDay(now), decision.creditedSeconds);
      await audit({ entity: 'listening_position', entityId: `${caller.person.id}:${chapter.book_id}`, after: { chapterId: chapter.id, position, credited: decision.creditedSeconds } });
      return decision.creditedSeconds;
    });

    return {
      position,
      clamped,
      creditedSeconds: credited,
      ...(clamped ? { message: '播放位置超过了这一章的长度，已经记在这一章的结尾。' } : {}),
    };
  },
});
