// The 驾驶舱's study panels (issue 22): who listened and how long, per China month, from the study days the player's
// reports credit (rules/listened-time.ts); and per book, how many of those who started it heard at least 90 % of it.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

/** A book counts as read through at this share of its length heard. */
const FINISHED_SHARE = 0.9;

/** Seconds and distinct listeners per month, the last six. */
async function studyByMonth(db: Kysely<Schema>, scope: PanelScope, asOf: Date) {
  const months = lastMonths(asOf, 6);
  const rows = await db
    .selectFrom('study_days')
    .innerJoin('people', 'people.id', 'study_days.person_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .where(inSubtrees('org_units.path', [scope.path]))
    .where('study_days.day', '>=', months[0].fromDay)
    .where('study_days.day', '<=', months[months.length - 1].toDay)
    .select([
      sql<string>`substr(study_days.day, 1, 7)`.as('month'),
      (eb) => eb.fn.sum<string | number>('study_days.seconds').as('seconds'),
      (eb) => eb.fn.count<string | number>('study_days.person_id').distinct().as('people'),
    ])
    .groupBy(sql`substr(study_days.day, 1, 7)`)
    .execute();
  const byMonth = new Map(rows.map((r) => [r.month, { seconds: Number(r.seconds), people: Number(r.people) }]));
  return months.map((m) => ({ month: m, ...(byMonth.get(m.key) ?? { seconds: 0, people: 0 }) }));
}

export const studyMinutesPanel: PanelSource = {
  key: 'studyMinutes',
  unit: 'minutes',
  async compute(db, scope, asOf) {
    const months = await studyByMonth(db, scope, asOf);
    const [before, now] = months.slice(-2);
    return {
      value: Math.round(now.seconds / 60),
      people: now.people,
      previous: before.people > 0 ? Math.round(before.seconds / 60) : null,
      series: months.map((m) => ({ label: m.month.label, value: Math.round(m.seconds / 60), people: m.people })),
    };
  },
};

export const studyListenersPanel: PanelSource = {
  key: 'studyListeners',
  unit: 'people',
  async compute(db, scope, asOf) {
    const months = await studyByMonth(db, scope, asOf);
    const [before, now] = months.slice(-2);
    const lengths = await db
      .selectFrom('chapters')
      .innerJoin('books', 'books.id', 'chapters.book_id')
      .select(['books.id', 'books.title', (eb) => eb.fn.sum<string | number>('chapters.duration').as('length')])
      .groupBy(['books.id', 'books.title', 'books.sort'])
      .orderBy('books.sort')
      .orderBy('books.id')
      .execute();
    const heard = await db
      .selectFrom('chapter_coverage')
      .innerJoin('chapters', 'chapters.id', 'chapter_coverage.chapter_id')
      .innerJoin('people', 'people.id', 'chapter_coverage.person_id')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .where(inSubtrees('org_units.path', [scope.path]))
      .where('chapter_coverage.covered', '>', 0)
      .select([
        'chapters.book_id',
        'chapter_coverage.person_id',
        (eb) => eb.fn.sum<string | number>('chapter_coverage.covered').as('covered'),
      ])
      .groupBy(['chapters.book_id', 'chapter_coverage.person_id'])
      .execute();
    const series = lengths
      .map((book) => {
        const length = Number(book.length);
        const started = heard.filter((h) => h.book_id === book.id);
        const finished = started.filter((h) => Number(h.covered) >= FINISHED_SHARE * length).length;
        return {
          label: book.title,
          value: started.length > 0 ? Math.round((finished / started.length) * 100) : null,
          people: started.length,
          unit: 'percent' as const,
        };
      })
      .filter((row) => row.people > 0);
    return { value: now.people, people: now.people, previous: before.people, series };
  },
};

export const AUDIOBOOK_PANELS: readonly PanelSource[] = [studyListenersPanel, studyMinutesPanel];
