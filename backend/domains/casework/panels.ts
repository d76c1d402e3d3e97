// What the 驾驶舱 counts of 民情 for a unit's subtree (issue 22). Each figure is to `asOf`, with the same figure a
// month earlier and one point per month for the last 12. "people" is who a figure is drawn from: distinct visitors
// (name and phone) for visits, distinct parties for the case figures; the dashboard hides it under 5. No panel
// carries a name. For the nightly rollup each also counts the whole tree at once (computeAll): the same rows, each
// with its studio's org path, shared out to every unit above it and counted by the same code.
import type { Kysely } from 'kysely';
import { bySubtree } from '../../dashboard/by-subtree';
import type { PanelFigure, PanelPoint, PanelScope, PanelSource } from '../../dashboard/panel-source';
import type { Schema } from '../../data/schema';
import { inSubtrees } from '../../data/org-units';
import { chinaDay } from '../../common/china-time';
import { daysBetween } from './rules/casework';

const MONTHS = 12;

interface CaseFacts {
  /** The org path of the case's studio. */
  path: string;
  acceptedAt: string;
  closedAt: string | null;
  outcome: string | null;
  followedUp: boolean;
  parties: string[];
}

/** "YYYY-MM" China months, oldest first, ending with asOf's. */
function lastMonths(asOf: Date): string[] {
  const [y, m] = chinaDay(asOf).slice(0, 7).split('-').map(Number);
  const months: string[] = [];
  for (let i = MONTHS - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** The end of the China month before asOf's, as an instant: "a month earlier" for `previous`. */
function endOfLastMonth(asOf: Date): Date {
  const firstDay = `${chinaDay(asOf).slice(0, 7)}-01T00:00:00+08:00`;
  return new Date(Date.parse(firstDay) - 1);
}

const monthOf = (at: string) => chinaDay(new Date(at)).slice(0, 7);

/** The rows of each of `months`, by the China month of `at` (worked out once per row, not once per month). */
function inMonths<T>(months: readonly string[], rows: readonly T[], at: (row: T) => string): T[][] {
  const index = new Map(months.map((m, i) => [m, i]));
  const out = months.map((): T[] => []);
  for (const row of rows) {
    const i = index.get(monthOf(at(row)));
    if (i !== undefined) out[i].push(row);
  }
  return out;
}

/** The visits to studios under `scope` (or every studio, scope null) up to asOf, with the studio's org path. */
async function visits(db: Kysely<Schema>, scope: PanelScope | null, asOf: Date) {
  return db
    .selectFrom('casework_visits')
    .innerJoin('casework_studios', 'casework_studios.id', 'casework_visits.studio_id')
    .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
    .select([
      'org_units.path',
      'casework_visits.visited_at',
      'casework_visits.visitor_name',
      'casework_visits.visitor_phone',
    ])
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])))
    .where('casework_visits.visited_at', '<=', asOf.toISOString())
    .execute();
}

/** The cases of studios under `scope` (or every studio, scope null) as they stood at asOf, with the studio's path. */
async function cases(db: Kysely<Schema>, scope: PanelScope | null, asOf: Date): Promise<CaseFacts[]> {
  const at = asOf.toISOString();
  const rows = await db
    .selectFrom('casework_cases')
    .innerJoin('casework_studios', 'casework_studios.id', 'casework_cases.studio_id')
    .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
    .select([
      'org_units.path',
      'casework_cases.id',
      'casework_cases.accepted_at',
      'casework_cases.closed_at',
      'casework_cases.outcome',
    ])
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])))
    .where('casework_cases.accepted_at', '<=', at)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // The whole tree's cases are too many for an id list: then every party and step is read (only the cases' are used).
  const parties = await db
    .selectFrom('casework_parties')
    .select(['case_id', 'name', 'phone'])
    .$if(scope !== null, (q) => q.where('case_id', 'in', ids))
    .execute();
  const followUps = await db
    .selectFrom('casework_steps')
    .select(['case_id', 'at'])
    .$if(scope !== null, (q) => q.where('case_id', 'in', ids))
    .where('kind', '=', 'follow_up')
    .where('at', '<=', at)
    .execute();
  const followed = new Set(followUps.map((f) => f.case_id));
  const partiesOf = new Map<number, string[]>();
  for (const p of parties)
    partiesOf.set(p.case_id, [...(partiesOf.get(p.case_id) ?? []), `${p.name}|${p.phone ?? ''}`]);
  return rows.map((r) => {
    // As of asOf: a case closed later was still open then.
    const closedThen = r.closed_at !== null && r.closed_at <= at;
    return {
      path: r.path,
      acceptedAt: r.accepted_at,
      closedAt: closedThen ? r.closed_at : null,
      outcome: closedThen ? r.outcome : null,
      followedUp: followed.has(r.id),
      parties: partiesOf.get(r.id) ?? [],
    };
  });
}

const distinct = (lists: readonly (readonly string[])[]) => new Set(lists.flat()).size;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** A figure over closed cases, per month of closing and as a whole, from `measure` over a set of closed cases. */
function closedFigure(all: CaseFacts[], asOf: Date, measure: (closed: CaseFacts[]) => number | null): PanelFigure {
  const closedBy = (end: string) => all.filter((c) => c.closedAt !== null && c.closedAt <= end);
  const closed = closedBy(asOf.toISOString());
  const earlier = closedBy(endOfLastMonth(asOf).toISOString());
  const months = lastMonths(asOf);
  const byMonth = inMonths(months, closed, (c) => c.closedAt!);
  const series: PanelPoint[] = months.map((month, i) => {
    const inMonth = byMonth[i];
    return { label: month, value: measure(inMonth), people: distinct(inMonth.map((c) => c.parties)) };
  });
  return {
    value: measure(closed),
    people: distinct(closed.map((c) => c.parties)),
    previous: measure(earlier),
    series,
  };
}

/** A panel counted from rows of studios (one subtree's, or the whole tree's shared out by path) by one function. */
function studioPanel<R extends { path: string }>(
  key: PanelSource['key'],
  unit: PanelSource['unit'],
  rowsOf: (db: Kysely<Schema>, scope: PanelScope | null, asOf: Date) => Promise<R[]>,
  figure: (rows: R[], asOf: Date) => PanelFigure,
): PanelSource {
  return {
    key,
    unit,
    async compute(db, scope, asOf) {
      return figure(await rowsOf(db, scope, asOf), asOf);
    },
    async computeAll(db, units, asOf) {
      const shared = bySubtree(units, await rowsOf(db, null, asOf), (r) => r.path);
      return new Map([...shared].map(([unitId, rows]) => [unitId, figure(rows, asOf)]));
    },
  };
}

export const CASEWORK_PANELS: readonly PanelSource[] = [
  studioPanel('visits', 'count', visits, (rows, asOf) => {
    const who = (r: (typeof rows)[number]) => `${r.visitor_name}|${r.visitor_phone ?? ''}`;
    const earlier = endOfLastMonth(asOf).toISOString();
    const months = lastMonths(asOf);
    return {
      value: rows.length,
      people: new Set(rows.map(who)).size,
      previous: rows.filter((r) => r.visited_at <= earlier).length,
      series: inMonths(months, rows, (r) => r.visited_at).map((inMonth, i) => ({
        label: months[i],
        value: inMonth.length,
        people: new Set(inMonth.map(who)).size,
      })),
    };
  }),
  studioPanel('cases', 'count', cases, (all, asOf) => {
    const earlier = endOfLastMonth(asOf).toISOString();
    const months = lastMonths(asOf);
    return {
      value: all.length,
      people: distinct(all.map((c) => c.parties)),
      previous: all.filter((c) => c.acceptedAt <= earlier).length,
      series: inMonths(months, all, (c) => c.acceptedAt).map((inMonth, i) => ({
        label: months[i],
        value: inMonth.length,
        people: distinct(inMonth.map((c) => c.parties)),
      })),
    };
  }),
  studioPanel('caseMedianDays', 'days', cases, (all, asOf) =>
    closedFigure(all, asOf, (closed) => median(closed.map((c) => daysBetween(c.acceptedAt, new Date(c.closedAt!))))),
  ),
  studioPanel('caseSuccessRate', 'percent', cases, (all, asOf) =>
    closedFigure(all, asOf, (closed) => percent(closed.filter((c) => c.outcome === 'settled').length, closed.length)),
  ),
  studioPanel('followUpRate', 'percent', cases, (all, asOf) =>
    closedFigure(all, asOf, (closed) => percent(closed.filter((c) => c.followedUp).length, closed.length)),
  ),
];
