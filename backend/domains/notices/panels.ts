// The 驾驶舱's notices panels (issue 22): of the notices published in the last 30 days and not withdrawn, how many of
// the people they reach inside the subtree have read them, and of those asking for 收到, how many answered; with how
// many are still to answer on those (the publisher's call list, as a count only: no panel names a person).
// For the nightly rollup both also count the whole tree at once (computeAll): members and answers per org path of
// the people, which add up to any subtree's since each person has one path.
import type { Kysely } from 'kysely';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { isWithin } from '../../common/org-paths';
import type { Schema } from '../../data/schema';
import { inSubtrees } from '../../data/org-units';
import { countMembersUnder } from './queries/notices';

const WINDOW_DAYS = 30;
const TITLE_CHARS = 12;

interface Reach {
  id: number;
  title: string;
  needsAck: boolean;
  /** Where the notice's audience and the subtree meet: the deeper of the two paths. */
  path: string;
  audience: number;
  read: number;
  acknowledged: number;
}

/** The notices published in the window and not withdrawn, with their audience's path; newest first. */
function recentNotices(db: Kysely<Schema>, asOf: Date) {
  const since = new Date(asOf.getTime() - WINDOW_DAYS * 24 * 3600_000).toISOString();
  return db
    .selectFrom('notices')
    .innerJoin('org_units', 'org_units.id', 'notices.audience_org_unit_id')
    .select(['notices.id', 'notices.title', 'notices.needs_ack', 'org_units.path'])
    .where('notices.withdrawn_at', 'is', null)
    .where('notices.publish_at', '>=', since)
    .where('notices.publish_at', '<=', asOf.toISOString())
    .orderBy('notices.publish_at', 'desc')
    .orderBy('notices.id', 'desc')
    .execute();
}

/** The notices that reach into the subtree at `scopePath`, each at the deeper of its audience's path and the scope's. */
function reachingInto(notices: Awaited<ReturnType<typeof recentNotices>>, scopePath: string) {
  return notices.flatMap((n) => {
    const path = isWithin(n.path, scopePath) ? n.path : isWithin(scopePath, n.path) ? scopePath : null;
    return path === null ? [] : [{ ...n, path }];
  });
}

/** Read and 收到 to these notices among the people still in the roster (group by notice, and path for the batch). */
function answersTo(db: Kysely<Schema>, noticeIds: readonly number[]) {
  return db
    .selectFrom('notice_receipts as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
    .select([
      'r.notice_id',
      (eb) => eb.fn.countAll<string | number>().as('read'),
      (eb) => eb.fn.count<string | number>('r.acknowledged_at').as('acknowledged'),
    ])
    .where('r.notice_id', 'in', noticeIds)
    .where('p.status', '=', 'active');
}

/** Each recent notice that reaches into the subtree, with its audience and answers there; newest first. */
async function recentReach(db: Kysely<Schema>, scope: PanelScope, asOf: Date): Promise<Reach[]> {
  const reaching = reachingInto(await recentNotices(db, asOf), scope.path);
  if (reaching.length === 0) return [];
  const audiences = new Map<string, number>();
  for (const n of reaching) if (!audiences.has(n.path)) audiences.set(n.path, await countMembersUnder(db, n.path));
  // Read and 收到 per notice among the people of the subtree still in the roster, in one pass (as receiptCounts
  // counts them for one notice: a receipt is only ever made by someone the notice reached).
  const answers = await answersTo(
    db,
    reaching.map((n) => n.id),
  )
    .where(inSubtrees('u.path', [scope.path]))
    .groupBy('r.notice_id')
    .execute();
  const byNotice = new Map(answers.map((a) => [a.notice_id, a]));
  return reaching.map((n) => ({
    id: n.id,
    title: n.title,
    needsAck: n.needs_ack === 1,
    path: n.path,
    audience: audiences.get(n.path) ?? 0,
    read: Number(byNotice.get(n.id)?.read ?? 0),
    acknowledged: Number(byNotice.get(n.id)?.acknowledged ?? 0),
  }));
}

/** recentReach for every unit at once: active members and each notice's answers per org path, added up by subtree. */
async function recentReachAll(db: Kysely<Schema>, units: readonly PanelScope[], asOf: Date) {
  const notices = await recentNotices(db, asOf);
  const members = await db
    .selectFrom('org_units as u')
    .innerJoin('people as p', 'p.org_unit_id', 'u.id')
    .where('p.status', '=', 'active')
    .select(['u.path', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('u.path')
    .execute();
  const answers =
    notices.length === 0
      ? []
      : await answersTo(
          db,
          notices.map((n) => n.id),
        )
          .select('u.path')
          .groupBy(['u.path', 'r.notice_id'])
          .execute();
  // Members under a path (a unit's, or a notice audience's): counted once per path asked.
  const under = new Map<string, number>();
  const membersUnder = (path: string) => {
    let n = under.get(path);
    if (n === undefined) {
      n = sumOf(
        members.filter((m) => isWithin(m.path, path)),
        (m) => m.n,
      );
      under.set(path, n);
    }
    return n;
  };
  const answersOf = bySubtree(units, answers, (a) => a.path);
  return new Map(
    units.map((u) => {
      const byNotice = new Map<number, { read: number; acknowledged: number }>();
      for (const a of answersOf.get(u.unitId) ?? []) {
        const sums = byNotice.get(a.notice_id) ?? { read: 0, acknowledged: 0 };
        byNotice.set(a.notice_id, {
          read: sums.read + Number(a.read),
          acknowledged: sums.acknowledged + Number(a.acknowledged),
        });
      }
      const reach: Reach[] = reachingInto(notices, u.path).map((n) => ({
        id: n.id,
        title: n.title,
        needsAck: n.needs_ack === 1,
        path: n.path,
        audience: membersUnder(n.path),
        read: byNotice.get(n.id)?.read ?? 0,
        acknowledged: byNotice.get(n.id)?.acknowledged ?? 0,
      }));
      return [u.unitId, reach] as const;
    }),
  );
}

const short = (title: string) => {
  const chars = Array.from(title);
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : title;
};

const rate = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

function readRateFigure(reach: Reach[]) {
  const audience = reach.reduce((s, r) => s + r.audience, 0);
  const read = reach.reduce((s, r) => s + r.read, 0);
  return {
    value: rate(read, audience),
    // Drawn from the people reached: the largest audience among the notices.
    people: Math.max(0, ...reach.map((r) => r.audience)),
    series: reach
      .slice(0, 6)
      .map((r) => ({ label: short(r.title), value: rate(r.read, r.audience), people: r.audience })),
  };
}

function ackRateFigure(all: Reach[]) {
  const reach = all.filter((r) => r.needsAck);
  const audience = reach.reduce((s, r) => s + r.audience, 0);
  const acknowledged = reach.reduce((s, r) => s + r.acknowledged, 0);
  // Still to answer: everyone reached who has not said 收到 (the publisher's call list, counted, never listed).
  const toCall = audience - acknowledged;
  return {
    value: rate(acknowledged, audience),
    people: Math.max(0, ...reach.map((r) => r.audience)),
    also: [{ label: '还需要打电话的', people: toCall }],
    series: reach
      .slice(0, 6)
      .map((r) => ({ label: short(r.title), value: rate(r.acknowledged, r.audience), people: r.audience })),
  };
}

export const noticeReadRatePanel: PanelSource = {
  key: 'noticeReadRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    return readRateFigure(await recentReach(db, scope, asOf));
  },
  async computeAll(db, units, asOf) {
    const all = await recentReachAll(db, units, asOf);
    return new Map([...all].map(([unitId, reach]) => [unitId, readRateFigure(reach)]));
  },
};

export const noticeAckRatePanel: PanelSource = {
  key: 'noticeAckRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    return ackRateFigure(await recentReach(db, scope, asOf));
  },
  async computeAll(db, units, asOf) {
    const all = await recentReachAll(db, units, asOf);
    return new Map([...all].map(([unitId, reach]) => [unitId, ackRateFigure(reach)]));
  },
};

export const NOTICE_PANELS: readonly PanelSource[] = [noticeReadRatePanel, noticeAckRatePanel];
