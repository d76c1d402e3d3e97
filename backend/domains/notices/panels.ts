// The 驾驶舱's notices panels (issue 22): of the notices published in the last 30 days and not withdrawn, how many of
// the people they reach inside the subtree have read them, and of those asking for 收到, how many answered; with how
// many are still to answer on those (the publisher's call list, as a count only: no panel names a person).
import type { Kysely } from 'kysely';
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

/** Each recent notice that reaches into the subtree, with its audience and answers there; newest first. */
async function recentReach(db: Kysely<Schema>, scope: PanelScope, asOf: Date): Promise<Reach[]> {
  const since = new Date(asOf.getTime() - WINDOW_DAYS * 24 * 3600_000).toISOString();
  const notices = await db
    .selectFrom('notices')
    .innerJoin('org_units', 'org_units.id', 'notices.audience_org_unit_id')
    .select(['notices.id', 'notices.title', 'notices.needs_ack', 'org_units.path'])
    .where('notices.withdrawn_at', 'is', null)
    .where('notices.publish_at', '>=', since)
    .where('notices.publish_at', '<=', asOf.toISOString())
    .orderBy('notices.publish_at', 'desc')
    .orderBy('notices.id', 'desc')
    .execute();
  const reaching = notices.flatMap((n) => {
    const path = isWithin(n.path, scope.path) ? n.path : isWithin(scope.path, n.path) ? scope.path : null;
    return path === null ? [] : [{ ...n, path }];
  });
  if (reaching.length === 0) return [];
  const audiences = new Map<string, number>();
  for (const n of reaching) if (!audiences.has(n.path)) audiences.set(n.path, await countMembersUnder(db, n.path));
  // Read and 收到 per notice among the people of the subtree still in the roster, in one pass (as receiptCounts
  // counts them for one notice: a receipt is only ever made by someone the notice reached).
  const answers = await db
    .selectFrom('notice_receipts as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
    .select([
      'r.notice_id',
      (eb) => eb.fn.countAll<string | number>().as('read'),
      (eb) => eb.fn.count<string | number>('r.acknowledged_at').as('acknowledged'),
    ])
    .where(
      'r.notice_id',
      'in',
      reaching.map((n) => n.id),
    )
    .where(inSubtrees('u.path', [scope.path]))
    .where('p.status', '=', 'active')
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

const short = (title: string) => {
  const chars = Array.from(title);
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : title;
};

const rate = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

export const noticeReadRatePanel: PanelSource = {
  key: 'noticeReadRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    const reach = await recentReach(db, scope, asOf);
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
  },
};

export const noticeAckRatePanel: PanelSource = {
  key: 'noticeAckRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    const reach = (await recentReach(db, scope, asOf)).filter((r) => r.needsAck);
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
  },
};

export const NOTICE_PANELS: readonly PanelSource[] = [noticeReadRatePanel, noticeAckRatePanel];
