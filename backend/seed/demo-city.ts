// The demo city: an org tree, an admin, one secretary per branch, volunteers and members — deterministic, so
// every `npm start` on a fresh clone shows the same people. Only ever loaded in demo mode.
import type { Kysely, Transaction } from 'kysely';
import type { OrgLevel, Role } from '../../contracts/roles';
import type { Schema } from '../data/schema';
import { childPath } from '../common/org-paths';
import { DOMAINS } from '../domains/index';
import { searchKey } from '../rules/roster-search';
import { nameMaker, seededRandom } from './demo-names';

export const DEMO_COUNTS = { secretaries: 12, volunteers: 50, members: 500 } as const;
/** The branches added after the first twelve (issue 12): the city's real shape at a smaller size. */
export const GROWN_COUNTS = { branches: 30, membersPerBranch: 12 } as const;
/**
 * More members of the first branch (莲花社区 …第一支部), so its secretary's own events and notices reach a crowd: a
 * 50-seat branch class can be rushed by 200 of its members (member861 … member1100).
 */
export const FIRST_BRANCH_EXTRA = 240;

const TREE = {
  city: '海湾市',
  districts: [
    {
      name: '东湖区',
      streets: [
        { name: '湖滨街道', communities: ['莲花社区', '镇海社区'] },
        { name: '梧桐街道', communities: ['文屏社区', '南华社区'] },
      ],
    },
    {
      name: '西山区',
      streets: [
        { name: '松柏街道', communities: ['青松社区', '翠柏社区'] },
        { name: '金山街道', communities: ['金鸡社区', '西林社区'] },
      ],
    },
    {
      name: '南港区',
      streets: [
        { name: '海沧街道', communities: ['渔港社区', '望海社区'] },
        { name: '新阳街道', communities: ['新阳社区', '霞光社区'] },
      ],
    },
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
    people.push({
      handle: 'admin',
      orgUnitId: branches[0].id,
      roles: [
        ['admin', city.id],
        ['member', branches[0].id],
      ],
    });
    branches.forEach((b, i) =>
      people.push({
        handle: `secretary${i + 1}`,
        orgUnitId: b.id,
        roles: [
          ['secretary', b.id],
          ['member', b.id],
        ],
      }),
    );
    for (let i = 0; i < DEMO_COUNTS.volunteers; i += 1) {
      const b = branches[i % branches.length];
      people.push({
        handle: `volunteer${i + 1}`,
        orgUnitId: b.id,
        roles: [
          ['volunteer', b.id],
          ['member', b.id],
        ],
      });
    }
    for (let i = 0; i < DEMO_COUNTS.members; i += 1) {
      const b = branches[i % branches.length];
      people.push({ handle: `member${i + 1}`, orgUnitId: b.id, roles: [['member', b.id]] });
    }
    await insertPeople(trx, people, nextName, at);
    step(
      `seed: people — 1 admin, ${branches.length} secretaries, ${DEMO_COUNTS.volunteers} volunteers, ${DEMO_COUNTS.members} members`,
    );

    // Issue 12: more branches after the first twelve (whose ids, people and names stay exactly as before): a second
    // branch in each community, and a new street per district with three communities of two branches each.
    const grown: { id: number; path: string }[] = [];
    const unitsByName = new Map<string, { id: number; path: string }>();
    for (const u of await trx.selectFrom('org_units').select(['id', 'path', 'name']).execute())
      unitsByName.set(u.name, u);
    for (const d of TREE.districts)
      for (const st of d.streets)
        for (const c of st.communities) {
          grown.push(
            await addUnit(`${c}离退休干部第二党支部`, 'branch', unitsByName.get(c) as { id: number; path: string }),
          );
        }
    for (const d of GROWN_STREETS) {
      const street = await addUnit(d.street, 'street', unitsByName.get(d.district) as { id: number; path: string });
      for (const c of d.communities) {
        const community = await addUnit(c, 'community', street);
        grown.push(await addUnit(`${c}离退休干部第一党支部`, 'branch', community));
        grown.push(await addUnit(`${c}离退休干部第二党支部`, 'branch', community));
      }
    }
    const more: typeof people = [];
    grown.forEach((b, i) =>
      more.push({
        handle: `secretary${branches.length + i + 1}`,
        orgUnitId: b.id,
        roles: [
          ['secretary', b.id],
          ['member', b.id],
        ],
      }),
    );
    for (let i = 0; i < grown.length * GROWN_COUNTS.membersPerBranch; i += 1) {
      const b = grown[i % grown.length];
      more.push({ handle: `member${DEMO_COUNTS.members + i + 1}`, orgUnitId: b.id, roles: [['member', b.id]] });
    }
    const firstExtra = DEMO_COUNTS.members + grown.length * GROWN_COUNTS.membersPerBranch;
    for (let i = 0; i < FIRST_BRANCH_EXTRA; i += 1) {
      more.push({
        handle: `member${firstExtra + i + 1}`,
        orgUnitId: branches[0].id,
        roles: [['member', branches[0].id]],
      });
    }
    await insertPeople(trx, more, nextName, at, people.length);
    // Every branch gets a code (ZB001 …) in the order made, so an import may name a branch by it.
    const allBranches = [...branches, ...grown];
    for (let i = 0; i < allBranches.length; i += 1) {
      await trx
        .updateTable('org_units')
        .set({ code: `ZB${String(i + 1).padStart(3, '0')}` })
        .where('id', '=', allBranches[i].id)
        .execute();
    }
    step(
      `seed: grown city — ${allBranches.length} branches in all, ${grown.length} more secretaries, ${more.length - grown.length} more members`,
    );
  });
}

/** The new street of each district, with its communities (two branches each). */
const GROWN_STREETS = [
  { district: '东湖区', street: '东渡街道', communities: ['东渡社区', '港湾社区', '海光社区'] },
  { district: '西山区', street: '云顶街道', communities: ['云顶社区', '白鹭社区', '枫林社区'] },
  { district: '南港区', street: '滨海街道', communities: ['滨海社区', '沙坡社区', '椰风社区'] },
];

const POSTS = [
  '市纺织厂 车间主任',
  '区教育局 科长',
  '市第一医院 护士长',
  '海湾港务局 工程师',
  '市供销社 会计',
  '区人民法院 审判员',
  '市机械厂 党委书记',
  '市第三中学 教师',
  '区财政局 副局长',
  '市邮电局 投递员',
  '市自来水公司 技术员',
  '街道办事处 干部',
];
const SKILLS = ['书法', '摄影', '合唱', '太极拳', '法律咨询', '义诊', '理发', '家电维修', '讲党史', '编织', '', ''];

/** Roster details for the n-th person made, deterministic: gender, birth year, 入党时间, former post, skills. */
export function demoDetails(n: number): {
  gender: string;
  birth_year: number;
  joined_party_on: string;
  former_post: string;
  skills: string | null;
} {
  const rand = seededRandom(9000 + n);
  const birth = 1936 + Math.floor(rand() * 26);
  const joined = birth + 20 + Math.floor(rand() * 20);
  const skill = SKILLS[Math.floor(rand() * SKILLS.length)];
  return {
    gender: rand() < 0.5 ? '男' : '女',
    birth_year: birth,
    joined_party_on: `${joined}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
    former_post: POSTS[Math.floor(rand() * POSTS.length)],
    skills: skill === '' ? null : skill,
  };
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
  /** How many people were made before these: phones and details continue the numbering. */
  offset = 0,
) {
  const CHUNK = 100;
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const rows = await trx
      .insertInto('people')
      .values(
        chunk.map((p, j) => {
          const name = nextName();
          const n = offset + i + j;
          return {
            name,
            search_key: searchKey(name),
            handle: p.handle,
            org_unit_id: p.orgUnitId,
            phone: demoPhone(n),
            ...demoDetails(n),
            created_at: at,
            updated_at: at,
          };
        }),
      )
      .returning(['id', 'handle'])
      .execute();
    const idByHandle = new Map(rows.map((r) => [r.handle, r.id]));
    const grants = chunk.flatMap((p) =>
      p.roles.map(([role, orgUnitId]) => ({
        person_id: idByHandle.get(p.handle) as number,
        role,
        org_unit_id: orgUnitId,
        created_at: at,
      })),
    );
    await trx.insertInto('role_grants').values(grants).execute();
  }
}

/** Empties every table (children first) so the demo can be rebuilt with `npm run seed -- --reset`. */
export async function clearAll(db: Kysely<Schema>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of [
      ...DOMAINS.flatMap((d) => ('tables' in d ? d.tables : [])),
      // Shared, pointed at by the time bank's visits and the casework's cases (emptied above with their domains).
      'help_requests',
      'outbox',
      'messages',
      'subscribe_consents',
      'jobs',
      'files',
      'audit_log',
      'idempotency_keys',
      'qr_codes',
      'study_days',
      'listening_clocks',
      'chapter_coverage',
      'listening_positions',
      'chapters',
      'books',
      'collections',
      'family_codes',
      'family_links',
      'invitations',
      'identities',
      'role_grants',
      'people',
      'org_units',
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}

const STREET_WORDS =
  '长青 和平 解放 人民 胜利 光华 建设 新华 文化 朝阳 红星 东风 前进 幸福 安康 民主 团结 振兴 育才 立新 丰收 华侨 港口 白云'.split(
    ' ',
  );
const COMMUNITY_WORDS =
  '桃园 杏林 荷塘 竹溪 松涛 梅岭 兰亭 菊园 枫桥 柳岸 槐荫 桂苑 榕树 樟林 海湾 渔村 石桥 金沙 银杏 翠湖 锦绣 碧水 青山 玉泉 春晖 秋实 晨光 夕阳 星河 月湖'.split(
    ' ',
  );

/**
 * The full-size city for benchmarks (`npm run seed -- --members 42000`): more streets, communities and branches under
 * the three districts until there are about 1,000 branches, then members spread over them until the city has
 * `members` people. Real-shaped names; no demo handles (these people sign in only through invitations).
 */
export async function growToFullSize(
  db: Kysely<Schema>,
  members: number,
  progress: SeedProgress,
  now = new Date(),
  targetBranches = 1000,
): Promise<{ branches: number; people: number }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const started = Date.now();
    const districts = await trx
      .selectFrom('org_units')
      .select(['id', 'path', 'name'])
      .where('level', '=', 'district')
      .orderBy('id')
      .execute();
    let branchCount = Number(
      (
        await trx
          .selectFrom('org_units')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('level', '=', 'branch')
          .executeTakeFirstOrThrow()
      ).n,
    );
    const addUnit = async (
      name: string,
      level: OrgLevel,
      parent: { id: number; path: string },
      code: string | null = null,
    ) => {
      const { id } = await trx
        .insertInto('org_units')
        .values({ name, level, parent_id: parent.id, path: '/', code, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = childPath(parent.path, id);
      await trx.updateTable('org_units').set({ path }).where('id', '=', id).execute();
      return { id, path };
    };
    const newBranches: number[] = [];
    for (let s = 0; branchCount < targetBranches; s += 1) {
      const district = districts[s % districts.length];
      const street = await addUnit(
        `${STREET_WORDS[s % STREET_WORDS.length]}${s >= STREET_WORDS.length ? Math.floor(s / STREET_WORDS.length) + 1 : ''}街道`,
        'street',
        district,
      );
      for (let c = 0; c < 14 && branchCount < targetBranches; c += 1) {
        const cname = `${COMMUNITY_WORDS[(s * 14 + c) % COMMUNITY_WORDS.length]}${STREET_WORDS[s % STREET_WORDS.length].slice(0, 1)}社区`;
        const community = await addUnit(cname, 'community', street);
        for (let b = 0; b < 3 && branchCount < targetBranches; b += 1) {
          branchCount += 1;
          const branch = await addUnit(
            `${cname}离退休干部第${'一二三'[b]}党支部`,
            'branch',
            community,
            `ZB${String(branchCount).padStart(4, '0')}`,
          );
          newBranches.push(branch.id);
        }
      }
    }
    const allBranches = (
      await trx.selectFrom('org_units').select('id').where('level', '=', 'branch').orderBy('id').execute()
    ).map((b) => b.id);
    const existing = Number(
      (
        await trx
          .selectFrom('people')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const nextName = nameMaker(4200);
    const CHUNK = 500;
    for (let n = existing; n < members; n += CHUNK) {
      const size = Math.min(CHUNK, members - n);
      const rows = await trx
        .insertInto('people')
        .values(
          Array.from({ length: size }, (_, j) => {
            const k = n + j;
            const name = nextName();
            return {
              name,
              search_key: searchKey(name),
              handle: null,
              org_unit_id: allBranches[k % allBranches.length],
              phone: `15${String(k).padStart(9, '0')}`,
              ...demoDetails(k),
              created_at: at,
              updated_at: at,
            };
          }),
        )
        .returning(['id', 'org_unit_id'])
        .execute();
      await trx
        .insertInto('role_grants')
        .values(
          rows.map((r) => ({ person_id: r.id, role: 'member' as const, org_unit_id: r.org_unit_id, created_at: at })),
        )
        .execute();
    }
    const total = Math.max(existing, members);
    progress(`seed: full-size city — ${allBranches.length} branches, ${total} people (${Date.now() - started} ms)`);
    return { branches: allBranches.length, people: total };
  });
}
