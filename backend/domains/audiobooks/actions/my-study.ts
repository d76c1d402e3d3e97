// 学习记录: how long the caller has listened today, this week, this month and in all, and what they finished.
import { myStudyInput, type AudiobooksApi } from '../../../../contracts/audiobooks';
import { chinaDay, lastChinaDays } from '../../../common/china-time';
import { isChapterFinished, type Coverage } from '../rules/listened-time';
import { action } from '../../../runtime/define-function';

export const myStudy = action(
  {
    access: 'person',
    input: myStudyInput,
  },
  async function myStudy(_input, { deps, caller }): Promise<AudiobooksApi['myStudy']['output']> {
    const db = deps.database.db;
    const today = chinaDay(deps.now());
    const week = lastChinaDays(deps.now(), 7);
    const [days, coverage, chapterCounts] = await Promise.all([
      db.selectFrom('study_days').select(['day', 'seconds']).where('person_id', '=', caller.person.id).execute(),
      db
        .selectFrom('chapter_coverage')
        .innerJoin('chapters', 'chapters.id', 'chapter_coverage.chapter_id')
        .select(['chapters.book_id', 'chapters.duration', 'chapter_coverage.coverage_json'])
        .where('chapter_coverage.person_id', '=', caller.person.id)
        .execute(),
      db
        .selectFrom('chapters')
        .select(['book_id', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('book_id')
        .execute(),
    ]);
    const byDay = new Map(days.map((d) => [d.day, d.seconds]));
    const sum = (filter: (day: string) => boolean) =>
      round(days.filter((d) => filter(d.day)).reduce((s, d) => s + d.seconds, 0));

    const finishedByBook = new Map<number, number>();
    for (const c of coverage) {
      if (isChapterFinished(JSON.parse(c.coverage_json) as Coverage, c.duration))
        finishedByBook.set(c.book_id, (finishedByBook.get(c.book_id) ?? 0) + 1);
    }
    const booksFinished = chapterCounts.filter((b) => (finishedByBook.get(b.book_id) ?? 0) >= Number(b.n)).length;

    return {
      todaySeconds: sum((d) => d === today),
      weekSeconds: sum((d) => d >= week[0]),
      monthSeconds: sum((d) => d.slice(0, 7) === today.slice(0, 7)),
      totalSeconds: sum(() => true),
      booksFinished,
      chaptersFinished: [...finishedByBook.values()].reduce((s, n) => s + n, 0),
      days: week.map((day) => ({ day, seconds: round(byDay.get(day) ?? 0) })),
    };
  },
);

const round = (n: number) => Math.round(n);
