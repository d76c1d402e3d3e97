// Every class of bad input gets the envelope's error with the right code and status, a Chinese message,
// nothing written, and the host keeps serving — on SQLite and PostgreSQL.
import { SignJWT } from 'jose';
import { availableEngines } from '../support/engines';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';

const CHINESE = /[\u4e00-\u9fff]/;

describe.each(availableEngines())('bad input on %s', (engine) => {
  let host: TestHost;
  let member: string;
  let secretary1: string;
  let otherBranchId: number;
  let snapshot: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    host = await startHost({ engine });
    member = await login(host.baseUrl, 'member1');
    secretary1 = await login(host.baseUrl, 'secretary1');
    const db = host.deps.database.db;
    const s2 = await db
      .selectFrom('people')
      .select('org_unit_id')
      .where('handle', '=', 'secretary2')
      .executeTakeFirstOrThrow();
    otherBranchId = s2.org_unit_id;
    snapshot = async () => {
      const counts: Record<string, number> = {};
      for (const t of [
        'people',
        'invitations',
        'audit_log',
        'identities',
        'role_grants',
        'idempotency_keys',
      ] as const) {
        counts[t] = Number(
          (
            await db
              .selectFrom(t)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      }
      return counts;
    };
  });
  afterAll(async () => {
    await host?.stop();
  });

  async function ownBranchId(token: string): Promise<number> {
    const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, token);
    if (!me.body.ok) throw new Error(`me failed: ${JSON.stringify(me.body)}`);
    return me.body.data.user.orgUnitId;
  }

  async function expectRefused(send: () => Promise<{ status: number; body: unknown }>, status: number, code: string) {
    const before = await snapshot();
    const reply = await send();
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ ok: false, error: { code } });
    const message = (reply.body as { error: { message: string } }).error.message;
    expect(message).toMatch(CHINESE);
    expect(message).not.toMatch(/at \w+ \(|Error:|stack/i);
    expect(await snapshot()).toEqual(before);
    const health = await fetch(`${host.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  }

  it('refuses a body that is not JSON', async () => {
    await expectRefused(() => post(host.baseUrl, 'account', null, undefined, '{"action": "me",'), 400, 'VALIDATION');
    await expectRefused(() => post(host.baseUrl, 'account', null, undefined, 'action=me'), 400, 'VALIDATION');
  });

  it('refuses an event without an action, an unknown function and an unknown action', async () => {
    await expectRefused(() => post(host.baseUrl, 'account', { data: {} }), 400, 'VALIDATION');
    await expectRefused(() => post(host.baseUrl, 'account', [1, 2, 3]), 400, 'VALIDATION');
    await expectRefused(() => post(host.baseUrl, 'nosuchfunction', { action: 'me' }), 404, 'NOT_FOUND');
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'dropEverything' }), 404, 'NOT_FOUND');
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'toString' }), 404, 'NOT_FOUND');
    await expectRefused(() => post(host.baseUrl, 'account', { action: '__proto__' }), 404, 'NOT_FOUND');
  });

  it('refuses missing and wrong-typed fields', async () => {
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'devLogin', data: {} }), 400, 'VALIDATION');
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'devLogin', data: { handle: 42 } }),
      400,
      'VALIDATION',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'devLogin', data: { handle: 'member1', extra: true } }),
      400,
      'VALIDATION',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'updatePreferences', data: { largeText: 'yes' } }, member),
      400,
      'VALIDATION',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'redeemInvite', data: { code: null } }),
      400,
      'VALIDATION',
    );
  });

  it('refuses a 1 MB body with 413 and an oversized field with 400', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'devLogin', data: { handle: huge } }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    const big = '林'.repeat(5000);
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'createInvite', data: { name: big, orgUnitId: 1 } }, secretary1),
      400,
      'VALIDATION',
    );
  });

  it('refuses negative, fractional and not-a-number ids', async () => {
    for (const personId of [-1, 0, 1.5, 'NaN', '1e309', 99999999999]) {
      await expectRefused(
        () => post(host.baseUrl, 'account', { action: 'createInvite', data: { personId } }, secretary1),
        400,
        'VALIDATION',
      );
    }
  });

  it('refuses ids that only look like numbers, and takes plain digits', async () => {
    const branchId = await ownBranchId(secretary1);
    const lookalikes: unknown[] = [
      true,
      [branchId],
      `${branchId}.0`,
      ` ${branchId} `,
      `0${branchId}`,
      `+${branchId}`,
      `0x${branchId.toString(16)}`,
      `${branchId}e0`,
      '',
      null,
    ];
    for (const orgUnitId of lookalikes) {
      await expectRefused(
        () => post(host.baseUrl, 'account', { action: 'createInvite', data: { name: '王明', orgUnitId } }, secretary1),
        400,
        'VALIDATION',
      );
    }
    const created = await post<{ invite: { orgUnitId: number } }>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { name: '赵一', orgUnitId: String(branchId) } },
      secretary1,
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ ok: true, data: { invite: { orgUnitId: branchId } } });
  });

  it('refuses text that is invisible, reads backwards or hides control characters', async () => {
    const branchId = await ownBranchId(secretary1);
    const hostile = [
      '\u200B\u200B', // only zero-width spaces
      '\u200B\u200C\u200D\u2060\uFEFF', // every zero-width character
      '\u3164', // Hangul filler: looks like nothing
      '\u202E明王', // right-to-left override
      '王\u2066明\u2069', // isolates
      '王\u200F明', // right-to-left mark
      '王\u0085明', // C1 control (next line)
      '王\u009B明', // C1 control (CSI)
      '王\uD800明', // lone high surrogate
      '王明\uDC00', // lone low surrogate
      '王\n明', // a line break in a one-line field
    ];
    for (const name of hostile) {
      await expectRefused(
        () =>
          post(host.baseUrl, 'account', { action: 'createInvite', data: { name, orgUnitId: branchId } }, secretary1),
        400,
        'VALIDATION',
      );
    }
  });

  it('stores text without its invisible characters and counts the characters a person sees', async () => {
    const branchId = await ownBranchId(secretary1);
    const storedName = async (name: string) => {
      const created = await post<{ invite: { personId: number } }>(
        host.baseUrl,
        'account',
        { action: 'createInvite', data: { name, orgUnitId: branchId } },
        secretary1,
      );
      expect(created.status).toBe(200);
      const personId = created.body.ok ? created.body.data.invite.personId : 0;
      return (
        await host.deps.database.db
          .selectFrom('people')
          .select('name')
          .where('id', '=', personId)
          .executeTakeFirstOrThrow()
      ).name;
    };
    expect(await storedName('钱\u200B二')).toBe('钱二');
    expect(await storedName('Zoe\u0301')).toBe('Zo\u00E9');
    // 20 characters as a person counts them, 160 UTF-16 units: the joiners inside each emoji survive.
    const family = '👨‍👩‍👧'.repeat(20);
    expect(await storedName(family)).toBe(family);
    await expectRefused(
      () =>
        post(
          host.baseUrl,
          'account',
          { action: 'createInvite', data: { name: `${family}林`, orgUnitId: branchId } },
          secretary1,
        ),
      400,
      'VALIDATION',
    );
  });

  it('treats SQL and script fragments as plain text', async () => {
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'devLogin', data: { handle: "member1' OR '1'='1" } }),
      400,
      'VALIDATION',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'redeemInvite', data: { code: "'; DROP TABLE people;--" } }),
      400,
      'VALIDATION',
    );
    // A name that looks like an attack is stored and returned literally; the tables are intact.
    const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, secretary1);
    const branchId = me.body.ok ? me.body.data.user.orgUnitId : 0;
    const name = "<script>x</script>'); DROP TABLE people;--".slice(0, 20);
    const created = await post<{ invite: { personId: number } }>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { name, orgUnitId: branchId } },
      secretary1,
    );
    expect(created.status).toBe(200);
    const row = await host.deps.database.db
      .selectFrom('people')
      .select('name')
      .where('id', '=', created.body.ok ? created.body.data.invite.personId : 0)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(name.trim());
  });

  it('refuses missing, malformed, forged and expired tokens', async () => {
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'me' }), 401, 'UNAUTHENTICATED');
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'me' }, 'not-a-token'), 401, 'UNAUTHENTICATED');
    const [head, , sig] = member.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ sub: '1', iss: 'silver-pioneers', exp: 4102444800 })).toString(
      'base64url',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'me' }, `${head}.${otherPayload}.${sig}`),
      401,
      'UNAUTHENTICATED',
    );
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer('silver-pioneers')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-secret-that-is-not-ours-at-all-000000'));
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'me' }, forged), 401, 'UNAUTHENTICATED');
    const secret = (
      await host.deps.database.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'session_secret')
        .executeTakeFirstOrThrow()
    ).value;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer('silver-pioneers')
      .setIssuedAt(1_600_000_000)
      .setExpirationTime(1_600_003_600)
      .sign(new TextEncoder().encode(secret));
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'me' }, expired), 401, 'UNAUTHENTICATED');
  });

  it('forbids a member from a secretary action, whatever the payload', async () => {
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'createInvite', data: { name: '王明', orgUnitId: 1 } }, member),
      403,
      'FORBIDDEN',
    );
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'createInvite', data: 'garbage' }, member),
      403,
      'FORBIDDEN',
    );
    await expectRefused(() => post(host.baseUrl, 'account', { action: 'createInvite' }, member), 403, 'FORBIDDEN');
  });

  it('forbids a secretary from acting outside their branch', async () => {
    await expectRefused(
      () =>
        post(
          host.baseUrl,
          'account',
          { action: 'createInvite', data: { name: '王明', orgUnitId: otherBranchId } },
          secretary1,
        ),
      403,
      'FORBIDDEN',
    );
    const outsider = await host.deps.database.db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'member2')
      .executeTakeFirstOrThrow();
    await expectRefused(
      () => post(host.baseUrl, 'account', { action: 'createInvite', data: { personId: outsider.id } }, secretary1),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses demo logins outside demo mode', async () => {
    const real = await startHost({ engine, demoMode: false });
    try {
      const reply = await post(real.baseUrl, 'account', { action: 'devLogin', data: { handle: 'member1' } });
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'DEMO_ONLY' } });
    } finally {
      await real.stop();
    }
  });
});
