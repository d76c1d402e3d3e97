// The 驾驶舱's study panels (issue 22): who listened and how long, per China month, from the study days the player's
// reports credit (rules/listened-time.ts); and per book, how many of those who started it heard at least 90 % of it.
// For the nightly rollup both also count the whole tree at once (computeAll), grouped by the listeners' org paths:
// each listener has one, so per-path sums and distinct counts add up to the subtree's.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import type { PanelFigure, PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

/** A book counts as read through at this share of its length heard. */
const FINISHED_SHARE = 0.9;

type Month = ReturnType<typeof lastMonths>[number];
type StudyMonths = { month: Month; seconds: number; people: number }[];

/** Study days of the last six months, per month, under `scope` (or per org path of the whole tree, scope null). */
function studyDays(db: Kysely<Schema>, scope: PanelScope | null, months: Month[]) {
  return db
    .selectFrom('study_days')
    .innerJoin('people', 'people.id', 'study_days.person_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])))
    .where('study_days.day', '>=', months[0].fromDay)
    .where('study_days.day', '<=', months[months.length - 1].toDay)
    .select([
      sql<string>`substr(study_days.day, 1, 7)`.as('month'),
      (eb) => eb.fn.sum<string | number>('study_days.seconds').as('seconds'),
      (eb) => eb.fn.count<string | number>('study_days.person_id').distinct().as('people'),
    ]);
}

/** Seconds and distinct listeners per month, the last six. */
async function studyByMonth(db: Kysely<Schema>, scope: PanelScope, asOf: Date): Promise<StudyMonths> {
  const months = lastMonths(asOf, 6);
  const rows = await studyDays(db, scope, months)
    .groupBy(sql`substr(study_days.day, 1, 7)`)
    .execute();
  const byMonth = new Map(rows.map((r) => [r.month, { seconds: Number(r.seconds), people: Number(r.people) }]));
  return months.map((m) => ({ month: m, ...(byMonth.get(m.key) ?? { seconds: 0, people: 0 }) }));
}

/** studyByMonth for every unit: per org path and month, added up by subtree. */
async function studyByMonthAll(
  db: Kysely<Schema>,
  units: readonly PanelScope[],
  asOf: Date,
): Promise<Map<number, StudyMonths>> {
  const months = lastMonths(asOf, 6);
  const rows = await studyDays(db, null, months)
    .select('org_units.path')
    .groupBy(['org_units.path', sql`substr(study_days.day, 1, 7)`])
    .execute();
  return new Map(
    [...bySubtree(units, rows, (r) => r.path)].map(([unitId, own]) => [
      unitId,
      months.map((m) => {
        const inMonth = own.filter((r) => r.month === m.key);
        return { month: m, seconds: sumOf(inMonth, (r) => r.seconds), people: sumOf(inMonth, (r) => r.people) };
      }),
    ]),
  );
}

function minutesFigure(months: StudyMonths): PanelFigure {
  const [before, now] = months.slice(-2);
  return {
    value: Math.round(now.seconds / 60),
    people: now.people,
    previous: before.people > 0 ? Math.round(before.seconds / 60) : null,
    series: months.map((m) => ({ label: m.month.label, value: Math.round(m.seconds / 60), people: m.people })),
  };
}

export const studyMinutesPanel: PanelSource = {
  key: 'studyMinutes',
  unit: 'minutes',
  async compute(db, scope, asOf) {
    return minutesFigure(await studyByMonth(db, scope, asOf));
  },
  async computeAll(db, units, asOf) {
    const all = await studyByMonthAll(db, units, asOf);
    return new Map([...all].map(([unitId, months]) => [unitId, minutesFigure(months)]));
  },
};

/** Every book's length (its chapters' durations), in the library's order. */
function bookLengths(db: Kysely<Schema>) {
  return db
    .selectFrom('chapters')
    .innerJoin('books', 'books.id', 'chapters.book_id')
    .select(['books.id', 'books.title', (eb) => eb.fn.sum<string | number>('chapters.duration').as('length')])
    .groupBy(['books.id', 'books.title', 'books.sort'])
    .orderBy('books.sort')
    .orderBy('books.id')
    .execute();
}

/** What each listener under `scope` (or anywhere, with their org path) has heard of each book. */
function heardOf(db: Kysely<Schema>, scope: PanelScope | null) {
  return db
    .selectFrom('chapter_coverage')
    .innerJoin('chapters', 'chapters.id', 'chapter_coverage.chapter_id')
    .innerJoin('people', 'people.id', 'chapter_coverage.person_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])))
    .where('chapter_coverage.covered', '>', 0)
    .select([
      'chapters.book_id',
      'chapter_coverage.person_id',
      (eb) => eb.fn.sum<string | number>('chapter_coverage.covered').as('covered'),
    ]);
}

function listenersFigure(
  months: StudyMonths,
  lengths: Awaited<ReturnType<typeof bookLengths>>,
  heard: readonly { book_id: number; covered: string | number }[],
): PanelFigure {
  const [before, now] = months.slice(-2);
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
}

export const studyListenersPanel: PanelSource = {
  key: 'studyListeners',
  unit: 'people',
  async compute(db, scope, asOf) {
    const months = await studyByMonth(db, scope, asOf);
    const lengths = await bookLengths(db);
    const heard = await heardOf(db, scope).groupBy(['chapters.book_id', 'chapter_coverage.person_id']).execute();
    return listenersFigure(months, lengths, heard);
  },
  async computeAll(db, units, asOf) {
    const all = await studyByMonthAll(db, units, asOf);
    const lengths = await bookLengths(db);
    const heard = bySubtree(
      units,
      await heardOf(db, null)
        .select('org_units.path')
        .groupBy(['chapters.book_id', 'chapter_coverage.person_id', 'org_units.path'])
        .execute(),
      (r) => r.path,
    );
    return new Map(
      units.map((u) => [u.unitId, listenersFigure(all.get(u.unitId) ?? [], lengths, heard.get(u.unitId) ?? [])]),
    );
  },
};

export const AUDIOBOOK_PANELS: readonly PanelSource[] = [studyListenersPanel, studyMinutesPanel];
