// The demo's notices, in time relative to `now` so the demo always looks current. Runs after the city and the
// library: a pinned city notice, a notice per district, two per branch (one already read by everyone), one 重要
// with 需回执 in branch 1 that most — not all — have read and acknowledged, one edited (已更新), one expired.
// member1 and member2 are left with unread notices, so the badge shows on 首页 at once.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../data/schema';
import type { DomainSeed } from '../domain';
import type { NoticeImportance } from './schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Handles whose notices stay unread in the demo (the demo's first logins, and the browser tests'). */
const LEFT_UNREAD = new Set(['member1', 'member2', 'admin']);

interface DemoNotice {
  audience: number;
  publisher: number;
  title: string;
  body: string;
  importance?: NoticeImportance;
  needsAck?: boolean;
  pinned?: boolean;
  ago: number;
  expiresIn?: number;
  /** A second version, edited this long after publishing. */
  editedTitle?: string;
}

export async function seedDemoNotices(db: Kysely<Schema>, say: (line: string) => void, now: Date): Promise<void> {
  const started = Date.now();
  const units = await db.selectFrom('org_units').select(['id', 'name', 'level', 'path']).orderBy('id').execute();
  const people = await db.selectFrom('people').select(['id', 'handle', 'org_unit_id']).orderBy('id').execute();
  const idOf = (handle: string) => {
    const p = people.find((x) => x.handle === handle);
    if (!p) throw new Error(`demo notices: no person ${handle}`);
    return p.id;
  };
  const city = units.find((u) => u.level === 'city');
  if (!city) throw new Error('demo notices: the city must be seeded first');
  const districts = units.filter((u) => u.level === 'district');
  const branches = units.filter((u) => u.level === 'branch');
  const admin = idOf('admin');

  const notices: (DemoNotice & { readShare?: number; ackShare?: number })[] = [
    {
      audience: city.id,
      publisher: admin,
      title: '关于开展冬季走访慰问老党员活动的通知',
      body: '各区、各支部：\n今年冬季走访慰问从下周一开始，到月底结束。请各支部书记排好走访名单，重点看望独居、患病和高龄的老党员。\n走访时请带上慰问信，听一听老同志的困难和意见，及时报给区老干部局。',
      pinned: true,
      ago: 3 * DAY,
      readShare: 0.5,
    },
    ...districts.map((d, i) => ({
      audience: d.id,
      publisher: admin,
      title: `${d.name}老党员冬季健康讲座`,
      body: `${d.name}老干部活动中心下周三上午九点请社区医院的医生讲冬季养生和防跌倒。\n欢迎老同志参加，可以带家属。行动不便的，请告诉支部书记，我们安排车接送。`,
      ago: (i + 1) * DAY,
      readShare: 0.3,
    })),
    {
      audience: city.id,
      publisher: admin,
      title: '国庆期间活动中心开放时间',
      body: '这条通知已经过期，只给管理员在“我发的通知”里看。',
      ago: 60 * DAY,
      expiresIn: -50 * DAY,
    },
  ];
  branches.forEach((b, i) => {
    const secretary = idOf(`secretary${i + 1}`);
    notices.push({
      audience: b.id,
      publisher: secretary,
      title: '十一月党费收缴情况',
      body: '十一月的党费已经收齐，谢谢大家。\n有疑问的，请找支部书记。',
      ago: 10 * DAY,
      readShare: 1,
    });
    if (i === 0) {
      notices.push({
        audience: b.id,
        publisher: secretary,
        title: '本周四下午组织生活会',
        body: '各位党员：\n本周四下午三点，在社区活动室四楼开组织生活会，学习党的二十届三中全会精神。\n请带上党员证和笔记本。身体不方便来的，请提前告诉我。\n看完请点“我已收到”。',
        importance: 'important',
        needsAck: true,
        ago: 5 * HOUR,
        readShare: 0.8,
        ackShare: 0.65,
      });
      notices.push({
        audience: b.id,
        publisher: secretary,
        title: '社区活动室换到四楼（已改地点）',
        editedTitle: '社区活动室换到四楼（已改地点）',
        body: '社区活动室从这个月起搬到四楼，电梯可以直达。',
        ago: 2 * DAY,
        readShare: 0.4,
      });
    } else {
      notices.push({
        audience: b.id,
        publisher: secretary,
        title: '本月主题党日安排',
        body: '本月主题党日定在最后一个星期五上午九点，在社区活动室。\n内容是重温入党誓词，听老党员讲故事。',
        ago: 1 * DAY + (i % 5) * HOUR,
        readShare: 0.5,
      });
    }
  });

  let receipts = 0;
  await db.transaction().execute(async (trx) => {
    for (const n of notices) {
      const publishAt = new Date(now.getTime() - n.ago);
      const id = await insertDemoNotice(trx, n, publishAt, now);
      receipts += await insertDemoReceipts(trx, id, n, units, people, publishAt);
    }
  });
  say(
    `seed: notices — ${notices.length} at city, district and branch level, ${receipts} receipts (${Date.now() - started} ms)`,
  );
}

async function insertDemoNotice(trx: Transaction<Schema>, n: DemoNotice, publishAt: Date, now: Date): Promise<number> {
  const at = publishAt.toISOString();
  const version = n.editedTitle ? 2 : 1;
  const editedAt = new Date(publishAt.getTime() + 3 * HOUR).toISOString();
  const { id } = await trx
    .insertInto('notices')
    .values({
      audience_org_unit_id: n.audience,
      publisher_person_id: n.publisher,
      title: n.title,
      body: n.body,
      importance: n.importance ?? 'normal',
      needs_ack: n.needsAck ? 1 : 0,
      pinned: n.pinned ? 1 : 0,
      version,
      publish_at: at,
      expires_at: n.expiresIn === undefined ? null : new Date(now.getTime() + n.expiresIn).toISOString(),
      withdrawn_at: null,
      created_at: at,
      updated_at: version > 1 ? editedAt : at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const base = {
    notice_id: id,
    body: n.body,
    importance: n.importance ?? 'normal',
    needs_ack: n.needsAck ? 1 : 0,
    edited_by: n.publisher,
  };
  await trx
    .insertInto('notice_versions')
    .values({ ...base, version: 1, title: n.editedTitle ? '社区活动室换到三楼' : n.title, created_at: at })
    .execute();
  if (version > 1)
    await trx
      .insertInto('notice_versions')
      .values({ ...base, version: 2, title: n.title, created_at: editedAt })
      .execute();
  return id;
}

/** Receipts for the first share of the audience (by id), except those left unread; acknowledged for a smaller share. */
async function insertDemoReceipts(
  trx: Transaction<Schema>,
  noticeId: number,
  n: DemoNotice & { readShare?: number; ackShare?: number },
  units: { id: number; path: string }[],
  people: { id: number; handle: string | null; org_unit_id: number }[],
  publishAt: Date,
): Promise<number> {
  if (!n.readShare) return 0;
  const audiencePath = units.find((u) => u.id === n.audience)?.path ?? '';
  const inAudience = new Set(units.filter((u) => u.path.startsWith(audiencePath)).map((u) => u.id));
  const audience = people.filter((p) => inAudience.has(p.org_unit_id) && !LEFT_UNREAD.has(p.handle ?? ''));
  const readers = audience.slice(0, Math.round(audience.length * n.readShare));
  const acknowledging = Math.round(audience.length * (n.ackShare ?? 0));
  const rows = readers.map((p, i) => {
    const readAt = new Date(publishAt.getTime() + (i + 1) * 60_000).toISOString();
    return {
      notice_id: noticeId,
      person_id: p.id,
      read_at: readAt,
      read_version: n.editedTitle ? 1 : 1,
      acknowledged_at: i < acknowledging ? readAt : null,
    };
  });
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('notice_receipts')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.length;
}

/** This domain's share of the demo (backend/seed/demo.ts finds it by the folder's convention: domains/domain.ts). */
export const seed: DomainSeed = (db, _files, say, now) => seedDemoNotices(db, say, now);
