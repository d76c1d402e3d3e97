// The demo's 民情: 吕岭社区 (under 湖滨街道) and its 101民情工作室 with `studio1` on duty, and four years of its work
// in the report's proportions — 243 visits, 121 disputes, about 97 % of the closed ones settled, a few open, one
// past 20 days and one past 30 (the deadline job tells the staff and the street when it first runs).
import type { Insertable } from 'kysely';
import { childPath } from '../../common/org-paths';
import { nameMaker, seededRandom } from '../../seed/demo-names';
import type { DomainSeed } from '../domain';
import { CASE_TYPES, VISIT_CATEGORIES, type CaseType, type VisitCategory } from '../../../contracts/casework';
import type { CaseworkCasesTable } from './schema';

const DAY_MS = 24 * 3600_000;
export const DEMO_CASEWORK = { visits: 243, cases: 121, unsettled: 2, referred: 1, openDaysAgo: [3, 9, 14, 22, 33] };

const SUMMARIES: Record<VisitCategory, string> = {
  neighbours: '楼上漏水渗到楼下，两家说不拢。',
  family: '子女赡养老人的费用分摊有分歧。',
  property: '小区停车位收费不清楚。',
  elder_care: '独居老人需要有人定期探望。',
  health: '老人看病挂号不方便，想找人陪诊。',
  housing: '老房子外墙脱落，担心砸到人。',
  legal: '想咨询遗嘱怎么写才有效。',
  policy: '问高龄补贴怎么申请。',
  other: '反映路灯坏了很久没人修。',
};
const CASE_OF: Partial<Record<VisitCategory, CaseType>> = {
  neighbours: 'neighbours',
  family: 'family',
  property: 'property',
  housing: 'damage',
  legal: 'debt',
};

export const seed: DomainSeed = async (db, _files, say, now) => {
  const street = await db
    .selectFrom('org_units')
    .select(['id', 'path'])
    .where('name', '=', '湖滨街道')
    .executeTakeFirst();
  if (!street) return;
  const at = now.toISOString();
  const random = seededRandom(20261207);
  const nextName = nameMaker(22);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  await db.transaction().execute(async (trx) => {
    const { id: unitId } = await trx
      .insertInto('org_units')
      .values({ name: '吕岭社区', level: 'community', parent_id: street.id, path: '/', created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('org_units')
      .set({ path: childPath(street.path, unitId) })
      .where('id', '=', unitId)
      .execute();
    const { id: studioId } = await trx
      .insertInto('casework_studios')
      .values({
        org_unit_id: unitId,
        name: '101民情工作室',
        kind: 'studio',
        opening_hours: '每周一至周五 上午9点到11点30分，下午2点30分到5点',
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: staffId } = await trx
      .insertInto('people')
      .values({
        name: '吕建国',
        search_key: null,
        handle: 'studio1',
        org_unit_id: unitId,
        phone: null,
        gender: '男',
        birth_year: 1952,
        joined_party_on: '1975-07',
        former_post: '区人民法院 审判员',
        status_on: null,
        skills: '人民调解',
        roster_no: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('casework_staff')
      .values({ studio_id: studioId, person_id: staffId, created_at: at })
      .execute();

    // 243 visits over four years, oldest first; every other one (121) became a case.
    const span = 4 * 365 * DAY_MS;
    const visits = Array.from({ length: DEMO_CASEWORK.visits }, (_, i) => {
      const category = pick(VISIT_CATEGORIES);
      const visitedAt = new Date(
        now.getTime() - span + Math.floor(((i + random() * 0.8) * span) / DEMO_CASEWORK.visits),
      );
      return { category, visitedAt, name: nextName(), phone: `139${String(59000000 + i * 37).padStart(8, '0')}` };
    });
    const open = DEMO_CASEWORK.openDaysAgo.map((d) => new Date(now.getTime() - d * DAY_MS));
    // Every other visit (121) became a case; the last five of them are still open.
    const caseOf = (i: number) => (i % 2 === 0 && i / 2 < DEMO_CASEWORK.cases ? i / 2 : null);
    const firstOpen = DEMO_CASEWORK.cases - open.length;
    const visitedAtOf = (i: number) => {
      const n = caseOf(i);
      return n !== null && n >= firstOpen ? open[n - firstOpen] : visits[i].visitedAt;
    };
    // Multi-row inserts: a few statements rather than a thousand round trips (PostgreSQL seeds in seconds).
    const visitIds = (
      await trx
        .insertInto('casework_visits')
        .values(
          visits.map((v, i) => ({
            studio_id: studioId,
            visitor_name: v.name,
            visitor_phone: v.phone,
            categories_json: JSON.stringify([v.category]),
            summary: SUMMARIES[v.category],
            done: caseOf(i) !== null ? '当场受理，约双方来工作室调解。' : '当场答复，并告诉了办理的地方。',
            visited_at: visitedAtOf(i).toISOString(),
            recorded_by: staffId,
            created_at: visitedAtOf(i).toISOString(),
          })),
        )
        .returning('id')
        .execute()
    )
      // Ids are given in the order of the rows; RETURNING's own order is not promised.
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const planned = visits.flatMap((v, i) => {
      const n = caseOf(i);
      if (n === null) return [];
      const accepted = visitedAtOf(i);
      const closedAt = n >= firstOpen ? null : new Date(accepted.getTime() + (1 + Math.floor(random() * 12)) * DAY_MS);
      const outcome =
        n < DEMO_CASEWORK.unsettled
          ? ('unsettled' as const)
          : n < DEMO_CASEWORK.unsettled + DEMO_CASEWORK.referred
            ? ('referred' as const)
            : ('settled' as const);
      return [{ v, visitId: visitIds[i], accepted, closedAt, outcome, other: nextName() }];
    });
    const rows: Insertable<CaseworkCasesTable>[] = planned.map(({ v, visitId, accepted, closedAt, outcome }) => ({
      studio_id: studioId,
      visit_id: visitId,
      type: CASE_OF[v.category] ?? pick(CASE_TYPES),
      source: 'visit',
      summary: SUMMARIES[v.category],
      accepted_at: accepted.toISOString(),
      status: closedAt ? 'closed' : 'open',
      outcome: closedAt ? outcome : null,
      referred_office: closedAt && outcome === 'referred' ? 'justice_office' : null,
      referred_name: closedAt && outcome === 'referred' ? '湖滨司法所' : null,
      closed_at: closedAt?.toISOString() ?? null,
      agreement_key: null,
      agreement_mime: null,
      agreement_bytes: null,
      agreement_at: null,
      staff_warned_at: null,
      street_flagged_at: null,
      opened_by: staffId,
      created_at: accepted.toISOString(),
    }));
    const caseIds = (await trx.insertInto('casework_cases').values(rows).returning('id').execute())
      .map((r) => r.id)
      .sort((a, b) => a - b);
    await trx
      .insertInto('casework_parties')
      .values(
        planned.flatMap(({ v, other }, k) => [
          { case_id: caseIds[k], name: v.name, phone: v.phone, role: 'applicant' as const },
          { case_id: caseIds[k], name: other, phone: null, role: 'respondent' as const },
        ]),
      )
      .execute();
    const steps = planned.flatMap(({ accepted, closedAt, outcome }, k) => {
      const stepAt = new Date(accepted.getTime() + DAY_MS / 2);
      return [
        ...(stepAt < now
          ? [
              {
                case_id: caseIds[k],
                kind: 'step' as const,
                at: stepAt.toISOString(),
                note: '双方到工作室面对面协商，讲清了各自的想法。',
                present: '双方当事人、吕建国',
                satisfied: null,
                recorded_by: staffId,
                created_at: stepAt.toISOString(),
              },
            ]
          : []),
        ...(closedAt
          ? [
              {
                case_id: caseIds[k],
                kind: 'follow_up' as const,
                at: closedAt.toISOString(),
                note: '电话回访，双方表示按约定办了。',
                present: null,
                satisfied: outcome === 'settled' ? 1 : 0,
                recorded_by: staffId,
                created_at: closedAt.toISOString(),
              },
            ]
          : []),
      ];
    });
    await trx.insertInto('casework_steps').values(steps).execute();
    const cases = caseIds.length;
    say(`casework: 101民情工作室 — ${visits.length} visits, ${cases} cases (${open.length} open)`);
  });
};
