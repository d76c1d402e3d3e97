// The demo's talent pool, in time relative to `now`: 30 profiles in secretary1's street (湖滨街道) across the six
// fields, consents of different ages (one run out, two withdrawn), and 3 months of requests posted by secretary1
// and secretary2: most matched within 5 working days, two late, one still open with member1 invited.
import type { Transaction } from 'kysely';
import { AVAILABILITY_SLOTS, DEFAULT_TALENT_FIELDS } from '../../../contracts/talent';
import { chinaDay, chinaInstant } from '../../common/china-time';
import type { Schema } from '../../data/schema';
import type { DomainSeed } from '../domain';

const DAY_MS = 86_400_000;
const PROFILES = 30;

const SPECIALITIES: Record<(typeof DEFAULT_TALENT_FIELDS)[number], string[]> = {
  理论宣讲: ['党史宣讲', '政策解读', '红色故事'],
  法律服务: ['民事调解', '法律咨询', '防诈骗讲解'],
  医疗健康: ['慢病指导', '中医养生', '急救培训'],
  教育文化: ['书法', '合唱指导', '辅导作业'],
  科技农技: ['智能手机教学', '果树栽培', '电脑维修'],
  经济管理: ['财务咨询', '企业管理', '合作社指导'],
};
const QUALIFICATIONS: Record<(typeof DEFAULT_TALENT_FIELDS)[number], string> = {
  理论宣讲: '退休前任区委党校教师',
  法律服务: '原区人民法院审判员，执业律师资格',
  医疗健康: '原市第一医院主任医师',
  教育文化: '原市实验小学高级教师',
  科技农技: '高级农艺师',
  经济管理: '高级会计师',
};

/** Requests: [days ago, poster (0: secretary1, 1: secretary2), field, text, days to the match or null]. */
const REQUESTS: [number, 0 | 1, (typeof DEFAULT_TALENT_FIELDS)[number], string, number | null][] = [
  [88, 0, '医疗健康', '社区义诊需要一位懂慢病的老党员，量血压、讲用药。', 2],
  [80, 1, '理论宣讲', '七一前给支部讲一次党史课，大约一个小时。', 1],
  [66, 0, '科技农技', '教老人用智能手机挂号、视频通话，每周一上午。', 3],
  [52, 1, '法律服务', '民情调解室需要懂法律的老党员，帮忙调解邻里纠纷。', 11],
  [40, 0, '教育文化', '暑假四点半课堂需要辅导作业的老师，每周二下午。', 2],
  [29, 1, '经济管理', '社区互助合作社想请人看看账目，给些建议。', null],
  [15, 0, '医疗健康', '健康讲座：冬季防跌倒，需要一位医生讲半小时。', 1],
  [2, 0, '法律服务', '需要一位懂法律的老党员，每周三下午在民情调解室坐班。', null],
];

export const seed: DomainSeed = async (db, _files, say, now) => {
  await db.transaction().execute(async (trx) => {
    const street = await trx
      .selectFrom('people')
      .innerJoin('org_units as branch', 'branch.id', 'people.org_unit_id')
      .innerJoin('org_units as community', 'community.id', 'branch.parent_id')
      .innerJoin('org_units as street', 'street.id', 'community.parent_id')
      .select(['street.path'])
      .where('people.handle', '=', 'secretary1')
      .executeTakeFirst();
    if (!street) return;
    const people = await trx
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.id', 'people.handle'])
      .where('org_units.path', 'like', `${street.path}%`)
      .where((eb) => eb.or([eb('people.handle', 'like', 'member%'), eb('people.handle', 'like', 'volunteer%')]))
      .orderBy('people.id')
      .execute();
    // member1 first, so the demo's member has a profile (法律服务 by the cycle below, index 1) and an invitation.
    const member1 = people.find((p) => p.handle === 'member1');
    const chosen = [
      ...people.filter((p) => p.handle !== 'member1').slice(0, 1),
      ...(member1 ? [member1] : []),
      ...people.filter((p) => p.handle !== 'member1').slice(1),
    ].slice(0, PROFILES);

    const profiles = await insertProfiles(
      trx,
      chosen.map((p) => p.id),
      now,
    );
    const posters = await trx
      .selectFrom('people')
      .select(['id', 'handle', 'org_unit_id'])
      .where('handle', 'in', ['secretary1', 'secretary2'])
      .orderBy('handle')
      .execute();
    if (posters.length < 2) return;
    let matched = 0;
    for (const [daysAgo, who, field, text, matchAfter] of REQUESTS) {
      const poster = posters[who];
      const postedAt = chinaInstant(chinaDay(new Date(now.getTime() - daysAgo * DAY_MS)), '09:30');
      const pool = profiles.filter((p) => p.field === field && p.active);
      const accepter = matchAfter === null ? null : pool[(daysAgo + 1) % pool.length];
      const matchedAt = matchAfter === null ? null : new Date(postedAt.getTime() + matchAfter * DAY_MS);
      const { id } = await trx
        .insertInto('talent_requests')
        .values({
          org_unit_id: poster.org_unit_id,
          posted_by: poster.id,
          field,
          text,
          starts_at: null,
          status: accepter ? 'matched' : 'open',
          matched_person_id: accepter?.personId ?? null,
          matched_at: matchedAt?.toISOString() ?? null,
          created_at: postedAt.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // One declined before the one who accepted; the open ones have someone still thinking it over.
      const declined = pool.find((p) => p !== accepter && p.handle !== 'member1');
      const invited: { p: (typeof pool)[number]; status: 'pending' | 'accepted' | 'declined' }[] = [
        ...(declined ? [{ p: declined, status: 'declined' as const }] : []),
        ...(accepter ? [{ p: accepter, status: 'accepted' as const }] : []),
      ];
      if (!accepter) {
        const waiting = pool.find((p) => p.handle === 'member1') ?? pool.find((p) => p !== declined);
        if (waiting) invited.push({ p: waiting, status: 'pending' as const });
      }
      for (const { p, status } of invited)
        await trx
          .insertInto('talent_invitations')
          .values({
            request_id: id,
            person_id: p.personId,
            invited_by: poster.id,
            invited_at: new Date(postedAt.getTime() + 3600_000).toISOString(),
            status,
            answered_at:
              status === 'pending' ? null : (matchedAt ?? new Date(postedAt.getTime() + DAY_MS)).toISOString(),
          })
          .execute();
      if (accepter) matched += 1;
    }
    say(`talent: ${profiles.length} profiles in secretary1's street, ${REQUESTS.length} requests (${matched} matched)`);
  });
};

async function insertProfiles(
  trx: Transaction<Schema>,
  ids: number[],
  now: Date,
): Promise<{ personId: number; field: string; active: boolean; handle: string | null }[]> {
  const handles = new Map(
    (await trx.selectFrom('people').select(['id', 'handle']).where('id', 'in', ids).execute()).map((p) => [
      p.id,
      p.handle,
    ]),
  );
  const out: { personId: number; field: string; active: boolean; handle: string | null }[] = [];
  for (const [i, personId] of ids.entries()) {
    const field = DEFAULT_TALENT_FIELDS[i % DEFAULT_TALENT_FIELDS.length];
    // Consents from 10 days to about 2 years old; the 29th ran out (760 days), the 8th and 20th were withdrawn.
    const consentAt = new Date(now.getTime() - (i === 28 ? 760 : 10 + i * 22) * DAY_MS);
    const withdrawn = i === 7 || i === 19 ? new Date(now.getTime() - 5 * DAY_MS).toISOString() : null;
    const slots = AVAILABILITY_SLOTS.filter((_, s) => (s + i) % 3 === 0 && s < 10);
    const specialities = SPECIALITIES[field];
    await trx
      .insertInto('talent_profiles')
      .values({
        person_id: personId,
        field,
        specialities_json: JSON.stringify(specialities.slice(0, 1 + (i % specialities.length))),
        qualifications: QUALIFICATIONS[field],
        availability_json: JSON.stringify(slots),
        health: i % 4 === 0 ? '腰不好，不能久站' : '身体健康',
        listed: i % 3 === 2 ? 0 : 1,
        consent_at: consentAt.toISOString(),
        withdrawn_at: withdrawn,
        consent_asked_at: i === 28 ? new Date(consentAt.getTime() + 700 * DAY_MS).toISOString() : null,
        created_at: consentAt.toISOString(),
        updated_at: withdrawn ?? consentAt.toISOString(),
      })
      .execute();
    out.push({ personId, field, active: withdrawn === null && i !== 28, handle: handles.get(personId) ?? null });
  }
  return out;
}
