// 银发人才库 over real HTTP on SQLite and PostgreSQL, hostile first: a field not in the list, oversized text, a
// request outside the poster's reach, an expired consent, a withdrawn person invited and someone else's invitation
// answered are each refused with a sentence and nothing written. Then the checks: a request matched (and
// counted in the match rate), consent withdrawn and then not matched, and the renewal asked after 2 years by moving
// the clock and running the job.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { askConsent } from '../../backend/domains/talent/jobs/handlers';
import { talentMatchRate } from '../../backend/domains/talent/panels';
import type { TalentApi } from '../../contracts/talent';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { expectNothingWritten } from '../support/table-snapshot';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof TalentApi> = TalentApi[A]['output'];
const CHINESE_SENTENCE = /\p{Script=Han}.*[。！？]$/u;
const DAY = 86_400_000;

const profileOf = (field: string, extra: Record<string, unknown> = {}) => ({
  field,
  specialities: ['民事调解'],
  qualifications: '原区人民法院审判员',
  availability: ['wed-pm', 'fri-am'],
  health: '高血压，不能久站',
  listed: true,
  consent: true,
  ...extra,
});

describe.each(availableEngines())('talent pool on %s', (engine) => {
  let host: TestHost;
  let clock = Date.now();
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const call = async <A extends keyof TalentApi>(handle: string, action: A, data: unknown): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'talent', { action, data }, await tokenOf(handle));
  const ok = async <A extends keyof TalentApi>(handle: string, action: A, data: unknown): Promise<Out<A>> => {
    const reply = await call(handle, action, data);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
  };
  const person = (handle: string) =>
    db()
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.id', 'people.org_unit_id', 'org_units.path', 'org_units.parent_id'])
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
  const messagesOf = (personId: number, kind: string) =>
    db().selectFrom('messages').selectAll().where('person_id', '=', personId).where('kind', '=', kind).execute();

  // secretary1 manages 莲花's branch; member13 lives there too (in her reach), member2 and member14 in 镇海, the
  // other community of the same street (out of her reach), secretary3's branch is in another street.
  let branch1: number;
  let otherStreetBranch: number;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    host.deps.now = () => new Date(clock);
    branch1 = (await person('secretary1')).org_unit_id;
    otherStreetBranch = (await person('secretary3')).org_unit_id;
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('refuses a field not in the list and oversized text, with nothing written', async () => {
    await expectNothingWritten(db(), async () => {
      refusedWith(
        await call('member13', 'updateProfile', profileOf('算命看相')),
        400,
        'VALIDATION',
        /不是人才库的领域/,
      );
      refusedWith(
        await call('secretary1', 'postRequest', { orgUnitId: branch1, field: '法律服务', text: '请'.repeat(201) }),
        400,
        'VALIDATION',
        /不要超过 200 个字/,
      );
      refusedWith(
        await call('secretary1', 'postRequest', { orgUnitId: branch1, field: '风水', text: '需要一位懂风水的。' }),
        400,
        'VALIDATION',
        /不是人才库的领域/,
      );
      refusedWith(
        await call('member13', 'updateProfile', { ...profileOf('法律服务'), consent: false }),
        400,
        'VALIDATION',
        /我同意/,
      );
    });
  });

  it('refuses a request outside the poster’s reach, and a member posting at all', async () => {
    await expectNothingWritten(db(), async () => {
      refusedWith(
        await call('secretary1', 'postRequest', {
          orgUnitId: otherStreetBranch,
          field: '法律服务',
          text: '需要一位懂法律的老党员。',
        }),
        403,
        'FORBIDDEN',
        /不在您管理的范围内/,
      );
      refusedWith(
        await call('member13', 'postRequest', {
          orgUnitId: branch1,
          field: '法律服务',
          text: '需要一位懂法律的老党员。',
        }),
        403,
        'FORBIDDEN',
      );
    });
  });

  it('matches a request: ranked candidates, an invitation, the candidate accepts, the rate counts it', async () => {
    const m13 = await person('member13');
    const m14 = await person('member14');
    await ok('member13', 'updateProfile', profileOf('法律服务'));
    const saved = await ok('member14', 'updateProfile', profileOf('法律服务'));
    expect(saved.profile).toMatchObject({ field: '法律服务', health: '高血压，不能久站', listed: true });
    expect(saved.profile.consent).toMatchObject({ state: 'active', givenAt: new Date(clock).toISOString() });

    // Wednesday afternoon of next week, China time: both are free then.
    const { request } = await ok('secretary1', 'postRequest', {
      orgUnitId: branch1,
      field: '法律服务',
      text: '需要一位懂法律的老党员，每周三下午在民情调解室。',
    });
    expect(request).toEqual({ id: expect.any(Number), status: 'open' });

    const { candidates } = await ok('secretary1', 'candidates', { requestId: request.id });
    const c13 = candidates.find((c) => c.personId === m13.id);
    const c14 = candidates.find((c) => c.personId === m14.id);
    expect(c13).toMatchObject({ distance: 'community', health: '高血压，不能久站', invitation: null });
    // member14 lives in the street's other community: ranked after, and her health is not secretary1's to see.
    expect(c14).toMatchObject({ distance: 'street' });
    expect(c14).not.toHaveProperty('health');
    expect(candidates.indexOf(c13!)).toBeLessThan(candidates.indexOf(c14!));
    expect(candidates.every((c) => c.field === '法律服务')).toBe(true);

    await ok('secretary1', 'invite', { requestId: request.id, personId: m14.id });
    // Twice is once: one invitation, one message.
    await ok('secretary1', 'invite', { requestId: request.id, personId: m14.id });
    expect(await messagesOf(m14.id, 'talent_invited')).toHaveLength(1);
    const { invitations } = await ok('member14', 'myInvitations', {});
    expect(invitations[0]).toMatchObject({ requestId: request.id, status: 'pending', filled: false });

    // Answering someone else's invitation: member13 was never invited to this one.
    await expectNothingWritten(db(), async () => {
      refusedWith(await call('member13', 'answer', { requestId: request.id, accept: true }), 404, 'NOT_FOUND');
    });

    clock += 2 * DAY;
    const answered = await ok('member14', 'answer', { requestId: request.id, accept: true });
    expect(answered).toEqual({
      invitation: { requestId: request.id, status: 'accepted' },
      request: { id: request.id, status: 'matched' },
    });
    const s1 = await person('secretary1');
    expect(await messagesOf(s1.id, 'talent_answered')).toHaveLength(1);

    // Matched now: nobody else is invited to it.
    refusedWith(await call('secretary1', 'invite', { requestId: request.id, personId: m13.id }), 409, 'CONFLICT');

    const rate = await ok('secretary1', 'matchRate', { orgUnitId: branch1 });
    const before = await db()
      .selectFrom('talent_requests')
      .select(['created_at', 'matched_at'])
      .where('org_unit_id', '=', branch1)
      .execute();
    // By hand: every request of the branch (the demo's and this one), in time when matched by the deadline.
    expect(rate.withinFiveDays + rate.total + rate.waiting).toBeGreaterThan(0);
    expect(rate.total + rate.waiting).toBe(before.length);
    const viewed = await ok('secretary1', 'requests', { orgUnitId: branch1 });
    expect(viewed.requests.find((r) => r.id === request.id)).toMatchObject({
      status: 'matched',
      timing: 'in-time',
      invited: 1,
    });
    expect(rate.withinFiveDays).toBe(viewed.requests.filter((r) => r.timing === 'in-time').length);

    // The dashboard's panel agrees with the action for the same subtree and instant.
    const figure = await talentMatchRate.compute(db(), { unitId: branch1, path: s1.path }, new Date(clock));
    expect(figure.value).toBe(rate.percent);
    expect(figure.people).toBe(1);
  });

  it('withdrawn consent: kept but marked, never a candidate, never invited; consenting again brings her back', async () => {
    const m13 = await person('member13');
    const { request } = await ok('secretary1', 'postRequest', {
      orgUnitId: branch1,
      field: '法律服务',
      text: '社区普法讲座需要一位讲解人。',
    });
    const withdrawn = await ok('member13', 'withdrawConsent', {});
    expect(withdrawn.profile.consent).toMatchObject({ state: 'withdrawn', withdrawnAt: new Date(clock).toISOString() });
    expect(withdrawn.profile.specialities).toEqual(['民事调解']);
    // One tap twice keeps the first date.
    clock += 60_000;
    expect((await ok('member13', 'withdrawConsent', {})).profile.consent.withdrawnAt).toBe(
      withdrawn.profile.consent.withdrawnAt,
    );

    const { candidates } = await ok('secretary1', 'candidates', { requestId: request.id });
    expect(candidates.map((c) => c.personId)).not.toContain(m13.id);
    await expectNothingWritten(db(), async () => {
      refusedWith(
        await call('secretary1', 'invite', { requestId: request.id, personId: m13.id }),
        409,
        'CONFLICT',
        /撤回/,
      );
    });
    const menu = await ok('member1', 'menu', { orgUnitId: branch1 });
    expect(menu.fields.flatMap((f) => f.people.map((p) => p.name))).not.toContain(
      (await db().selectFrom('people').select('name').where('id', '=', m13.id).executeTakeFirstOrThrow()).name,
    );

    await ok('member13', 'updateProfile', profileOf('法律服务'));
    const again = await ok('secretary1', 'candidates', { requestId: request.id });
    expect(again.candidates.map((c) => c.personId)).toContain(m13.id);
  });

  it('an expired consent is not a candidate and is refused an invitation', async () => {
    const m25 = await person('member25');
    const now = clock;
    clock = now - 2 * 365 * DAY - 3 * DAY;
    await ok('member25', 'updateProfile', profileOf('医疗健康'));
    clock = now;
    const { request } = await ok('secretary1', 'postRequest', {
      orgUnitId: branch1,
      field: '医疗健康',
      text: '社区义诊需要一位医生。',
    });
    const { candidates } = await ok('secretary1', 'candidates', { requestId: request.id });
    expect(candidates.map((c) => c.personId)).not.toContain(m25.id);
    await expectNothingWritten(db(), async () => {
      refusedWith(
        await call('secretary1', 'invite', { requestId: request.id, personId: m25.id }),
        409,
        'CONFLICT',
        /满两年/,
      );
    });
    expect((await ok('member25', 'profile', {})).profile?.consent.state).toBe('expired');
  });

  it('asks for consent again after two years, once, by the job', async () => {
    const m37 = await person('member37');
    await ok('member37', 'updateProfile', profileOf('教育文化'));
    await runJobOnce(host, askConsent);
    expect(await messagesOf(m37.id, 'talent_consent_renew')).toHaveLength(0);

    clock += 2 * 365 * DAY;
    await runJobOnce(host, askConsent);
    await runJobOnce(host, askConsent);
    const asked = await messagesOf(m37.id, 'talent_consent_renew');
    expect(asked).toHaveLength(1);
    expect(asked[0].text).toMatch(CHINESE_SENTENCE);
    expect(asked[0].link_page).toBe('/subpackages/talent/profile/index');

    // Saying 我同意 again dates a new consent; the next renewal is two years on.
    await ok('member37', 'updateProfile', profileOf('教育文化'));
    await runJobOnce(host, askConsent);
    expect(await messagesOf(m37.id, 'talent_consent_renew')).toHaveLength(1);
  });

  it('shows health only to the person and the pool manager over her', async () => {
    const own = await ok('member13', 'profile', {});
    expect(own.profile?.health).toBe('高血压，不能久站');
    expect(own.fields).toEqual(['理论宣讲', '法律服务', '医疗健康', '教育文化', '科技农技', '经济管理']);
    const { members } = await ok('secretary1', 'members', { orgUnitId: branch1 });
    const m13 = await person('member13');
    const m14 = await person('member14');
    expect(members.find((m) => m.personId === m13.id)?.health).toBe('高血压，不能久站');
    expect(members.map((m) => m.personId)).not.toContain(m14.id);
    const menu = await ok('member14', 'menu', { orgUnitId: branch1 });
    expect(JSON.stringify(menu)).not.toContain('高血压');
    refusedWith(await call('member13', 'members', { orgUnitId: branch1 }), 403, 'FORBIDDEN');
  });
});
