// Where a member stopped, and what they heard since the last report (study time). Sent every 10 s while playing,
// on pause and on leaving the page; a resent report changes nothing (stretches already heard count once), and the
// person's listening clock keeps all credit within real time, whatever the chapters, devices or claimed speed.
import { saveProgressInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import {
  addStudySeconds,
  findChapter,
  lockCoverage,
  lockListeningClock,
  saveListeningClock,
  upsertPosition,
} from '../queries/audiobooks';
import { chinaDay } from '../../../common/china-time';
import {
  applyListening,
  budgetAt,
  clampPosition,
  coveredSeconds,
  spendBudget,
  type Coverage,
  type PlaybackRate,
} from '../rules/listened-time';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const saveProgress = action(
  {
    access: 'person',
    input: saveProgressInput,
    // The player reports every 10 s, plus on pause and leaving; a device that was offline sends up to 30 waiting reports.
    limit: { points: 60, seconds: 60 },
    // The player resends every 10 s: an OS crash undoing the last report loses seconds, never a sign-up.
    commits: 'resendable',
  },
  async function saveProgress(input, ctx): Promise<AudiobooksApi['saveProgress']['output']> {
    const { deps, caller } = ctx;
    const chapter = await findChapter(deps.database.db, input.chapterId);
    if (!chapter) throw fail.notFound('没有找到这一章，可能已经下架了。');
    const { position, clamped } = clampPosition(input.position, chapter.duration);
    const now = deps.now();

    return ctx.transaction(async (trx, audit) => {
      const clock = await lockListeningClock(trx, caller.person.id);
      const row = await lockCoverage(trx, caller.person.id, chapter.id);
      const previous = JSON.parse(row.coverage_json) as Coverage;
      const decision = applyListening(
        previous,
        input.listened ?? [],
        chapter.duration,
        (input.rate ?? 1) as PlaybackRate,
        budgetAt(clock, now),
      );
      await saveListeningClock(trx, caller.person.id, spendBudget(clock, now, decision.creditedSeconds));

      await upsertPosition(trx, {
        personId: caller.person.id,
        bookId: chapter.book_id,
        chapterId: chapter.id,
        position,
        at: now.toISOString(),
      });
      if (decision.newContentSeconds > 0) {
        await trx
          .updateTable('chapter_coverage')
          .set({
            coverage_json: JSON.stringify(decision.coverage),
            covered: coveredSeconds(decision.coverage),
            last_report_at: now.toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
      }
      if (decision.creditedSeconds > 0)
        await addStudySeconds(trx, caller.person.id, chinaDay(now), decision.creditedSeconds);
      await audit({
        entity: 'listening_position',
        entityId: `${caller.person.id}:${chapter.book_id}`,
        after: { chapterId: chapter.id, position, credited: decision.creditedSeconds },
      });
      return {
        position,
        clamped,
        creditedSeconds: decision.creditedSeconds,
        ...(clamped ? { message: '播放位置超过了这一章的长度，已经记在这一章的结尾。' } : {}),
      };
    });
  },
);
