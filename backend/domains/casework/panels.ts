// What the 驾驶舱 counts of 民情 for a unit's subtree (issue 22). Each figure is to `asOf`, with the same figure a
// month earlier and one point per month for the last 12. "people" is who a figure is drawn from: distinct visitors
// (name and phone) for visits, distinct parties for the case figures; the dashboard hides it under 5. No panel
// carries a name.
import type { Kysely } from 'kysely';
import type { PanelFigure, PanelPoint, PanelScope, PanelSource } from '../../dashboard/panel-source';
import type { Schema } from '../../data/schema';
import { inSubtrees } from '../../data/org-units';
import { chinaDay } from '../../common/china-time';
import { daysBetween } from './rules/casework';

const MONTHS = 12;

interface CaseFacts {
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

async function visits(db: Kysely<Schema>, scope: PanelScope, asOf: Date) {
  return db
    .selectFrom('casework_visits')
    .innerJoin('casework_studios', 'casework_studios.id', 'casework_visits.studio_id')
    .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
    .select(['casework_visits.visited_at', 'casework_visits.visitor_name', 'casework_visits.visitor_phone'])
    .where(inSubtrees('org_units.path', [scope.path]))
    .where('casework_visits.visited_at', '<=', asOf.toISOString())
    .execute();
}

async function cases(db: Kysely<Schema>, scope: PanelScope, asOf: Date): Promise<CaseFacts[]> {
  const at = asOf.toISOString();
  const rows = await db
    .selectFrom('casework_cases')
    .innerJoin('casework_studios', 'casework_studios.id', 'casework_cases.studio_id')
    .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
    .select(['casework_cases.id', 'casework_cases.accepted_at', 'casework_cases.closed_at', 'casework_cases.outcome'])
    .where(inSubtrees('org_units.path', [scope.path]))
    .where('casework_cases.accepted_at', '<=', at)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = await db
    .selectFrom('casework_parties')
    .select(['case_id', 'name', 'phone'])
    .where('case_id', 'in', ids)
    .execute();
  const followUps = await db
    .selectFrom('casework_steps')
    .select(['case_id', 'at'])
    .where('case_id', 'in', ids)
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
  const series: PanelPoint[] = lastMonths(asOf).map((month) => {
    const inMonth = closed.filter((c) => monthOf(c.closedAt!) === month);
    return { label: month, value: measure(inMonth), people: distinct(inMonth.map((c) => c.parties)) };
  });
  return {
    value: measure(closed),
    people: distinct(closed.map((c) => c.parties)),
    previous: measure(earlier),
    series,
  };
}

export const CASEWORK_PANELS: readonly PanelSource[] = [
  {
    key: 'visits',
    unit: 'count',
    async compute(db, scope, asOf) {
      const rows = await visits(db, scope, asOf);
      const who = (r: (typeof rows)[number]) => `${r.visitor_name}|${r.visitor_phone ?? ''}`;
      const earlier = endOfLastMonth(asOf).toISOString();
      return {
        value: rows.length,
        people: new Set(rows.map(who)).size,
        previous: rows.filter((r) => r.visited_at <= earlier).length,
        series: lastMonths(asOf).map((month) => {
          const inMonth = rows.filter((r) => monthOf(r.visited_at) === month);
          return { label: month, value: inMonth.length, people: new Set(inMonth.map(who)).size };
        }),
      };
    },
  },
  {
    key: 'cases',
    unit: 'count',
    async compute(db, scope, asOf) {
      const all = await cases(db, scope, asOf);
      const earlier = endOfLastMonth(asOf).toISOString();
      return {
        value: all.length,
        people: distinct(all.map((c) => c.parties)),
        previous: all.filter((c) => c.acceptedAt <= earlier).length,
        series: lastMonths(asOf).map((month) => {
          const inMonth = all.filter((c) => monthOf(c.acceptedAt) === month);
          return { label: month, value: inMonth.length, people: distinct(inMonth.map((c) => c.parties)) };
        }),
      };
    },
  },
  {
    key: 'caseMedianDays',
    unit: 'days',
    async compute(db, scope, asOf) {
      return closedFigure(await cases(db, scope, asOf), asOf, (closed) =>
        median(closed.map((c) => daysBetween(c.acceptedAt, new Date(c.closedAt!)))),
      );
    },
  },
  {
    key: 'caseSuccessRate',
    unit: 'percent',
    async compute(db, scope, asOf) {
      return closedFigure(await cases(db, scope, asOf), asOf, (closed) =>
        percent(closed.filter((c) => c.outcome === 'settled').length, closed.length),
      );
    },
  },
  {
    key: 'followUpRate',
    unit: 'percent',
    async compute(db, scope, asOf) {
      return closedFigure(await cases(db, scope, asOf), asOf, (closed) =>
        percent(closed.filter((c) => c.followedUp).length, closed.length),
      );
    },
  },
];
