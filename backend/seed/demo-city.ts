// The demo city: an org tree, an admin, one secretary per branch, volunteers and members — deterministic, so
// every `npm start` on a fresh clone shows the same people. Only ever loaded in demo mode.
import type { Kysely, Transaction } from 'kysely';
import type { OrgLevel, Role } from '../../contracts/roles';
import type { Schema } from '../data/schema';
import { childPath } from '../rules/org-scope';
import { EVENTS_TABLES } from '../data/schema-events';
import { NOTICES_TABLES } from '../data/schema-notices';
import { ORG_TABLES } from '../data/schema-org';
import { VOLUNTEER_TABLES } from '../data/schema-volunteer';
import { nameMaker } from './demo-names';

export const DEMO_COUNTS = { secretaries: 12, volunteers: 50, members: 500 } as const;

const TREE = {
  city: '海湾市',
  districts: [
    { name: '东湖区', streets: [{ name: '湖滨街道', communities: ['莲花社区', '镇海社区'] }, { name: '梧桐街道', communities: ['文屏社区', '南华社区'] }] },
    { name: '西山区', streets: [{ name: '松柏街道', communities: ['青松社区', '翠柏社区'] }, { name: '金山街道', communities: ['金鸡社区', '西林社区'] }] },
    { name: '南港区', streets: [{ name: '海沧街道', communities: ['渔港社区', '望海社区'] }, { name: '新阳街道', communities: ['新阳社区', '霞光社区'] }] },
  ],
};

export type SeedProgress = (line: string) => void;

export async function isSeeded(db: Kysely<Schema>): Promise<boolean> {
  return (await db.selectFrom('org_units').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function seedDemoCity(db: Kysely<Schema>, progress: SeedProgress, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    let started = Date.now();
    const step = (line: string) => {
      progress(`${line} (${Date.now() - started} ms)`);
      started = Date.now();
    };

    const addUnit = async (name: string, level: OrgLevel, parent: { id: number; path: string } | null) => {
      const { id } = await trx
        .insertInto('org_units')
        .values({ name, level, parent_id: parent?.id ?? null, path: '/', created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = childPath(parent?.path ?? null, id);
      await trx.updateTable('org_units').set({ path }).where('id', '=', id).execute();
      return { id, path };
    };

    const city = await addUnit(TREE.city, 'city', null);
    const branches: { id: number; path: string }[] = [];
    for (const d of TREE.districts) {
      const district = await addUnit(d.name, 'district', city);
      for (const s of d.streets) {
        const street = await addUnit(s.name, 'street', district);
        for (const c of s.communities) {
          const community = await addUnit(c, 'community', street);
          branches.push(await addUnit(`${c}离退休干部党支部`, 'branch', community));
        }
      }
    }
    step(`seed: org tree — 1 city, ${TREE.districts.length} districts, ${branches.length} branches`);

    const nextName = nameMaker(20261129);
    const people: { handle: string; orgUnitId: number; roles: [Role, number][] }[] = [];
    people.push({ handle: 'admin', orgUnitId: branches[0].id, roles: [['admin', city.id], ['member', branches[0].id]] });
    branches.forEach((b, i) => people.push({ handle: `secretary${i + 1}`, orgUnitId: b.id, roles: [['secretary', b.id], ['member', b.id]] }));
    for (let i = 0; i < DEMO_COUNTS.volunteers; i += 1) {
      const b = branches[i % branches.length];
      people.push({ handle: `volunteer${i + 1}`, orgUnitId: b.id, roles: [['volunteer', b.id], ['member', b.id]] });
    }
    for (let i = 0; i < DEMO_COUNTS.members; i += 1) {
      const b = branches[i % branches.length];
      people.push({ handle: `member${i + 1}`, orgUnitId: b.id, roles: [['member', b.id]] });
    }
    await insertPeople(trx, people, nextName, at);
    step(`seed: people — 1 admin, ${branches.length} secretaries, ${DEMO_COUNTS.volunteers} volunteers, ${DEMO_COUNTS.members} members`);
  });
}

/** A believable, distinct mobile number per person (the 139 0592 range, made up for the demo). */
function demoPhone(n: number): string {
  return `1390592${String(n).padStart(4, '0')}`;
}

async function insertPeople(
  trx: Transaction<Schema>,
  people: { handle: string; orgUnitId: number; roles: [Role, number][] }[],
  nextName: () => string,
  at: string,
) {
  const CHUNK = 100;
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const rows = await trx
      .insertInto('people')
      .values(chunk.map((p, j) => ({ name: nextName(), handle: p.handle, org_unit_id: p.orgUnitId, phone: demoPhone(i + j), created_at: at, updated_at: at })))
      .returning(['id', 'handle'])
      .execute();
    const idByHandle = new Map(rows.map((r) => [r.handle, r.id]));
    const grants = chunk.flatMap((p) =>
      p.roles.map(([role, orgUnitId]) => ({ person_id: idByHandle.get(p.handle) as number, role, org_unit_id: orgUnitId, created_at: at })),
    );
    await trx.insertInto('role_grants').values(grants).execute();
  }
}

/** Empties every table (children first) so the demo can be rebuilt with `npm run seed -- --reset`. */
export async function clearAll(db: Kysely<Schema>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of [
      ...EVENTS_TABLES, ...VOLUNTEER_TABLES, ...NOTICES_TABLES, ...ORG_TABLES,
      'outbox', 'messages', 'subscribe_consents', 'jobs', 'files',
      'audit_log', 'idempotency_keys', 'qr_codes', 'study_days', 'listening_clocks', 'chapter_coverage', 'listening_positions', 'chapters', 'books', 'collections',
      'invitations', 'identities', 'role_grants', 'people', 'org_units',
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}
