// 民情工作室 records over real HTTP on SQLite and PostgreSQL (issue 22): the hostile callers and bad input first —
// each refused with a sentence and the database unchanged — then a visit turned into a case, handled, 回访 logged
// and closed; the deadline job's message at 20 days and the street's flag at 30, each once; every opening of a
// case's parties audited; the agreement kept private; and the demo in the report's proportions.
import type { CaseworkApi } from '../../contracts/casework';
import { caseDeadlines } from '../../backend/domains/casework/jobs/handlers';
import { DEMO_CASEWORK } from '../../backend/domains/casework/seed';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { expectNothingWritten } from '../support/table-snapshot';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof CaseworkApi> = CaseworkApi[A]['output'];
const DAY = 24 * 3600_000;
const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'));
// A Windows program's first bytes ("MZ"), named and typed as a PDF.
const EXE = new Uint8Array(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'));

describe.each(availableEngines())('民情工作室 records on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const token = tokensByHandle(() => host);
  const db = () => host.deps.database.db;
  const call = async <A extends keyof CaseworkApi>(handle: string, action: A, data?: unknown) =>
    post<Out<A>>(host.baseUrl, 'casework', { action, data }, await token(handle));
  const ok = async <A extends keyof CaseworkApi>(handle: string, action: A, data?: unknown): Promise<Out<A>> => {
    const reply = await call(handle, action, data);
    if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  /** A refusal: its code and a Chinese sentence, nothing written anywhere. */
  const refused = async (code: string, act: () => Promise<ApiReply<unknown>>): Promise<string> => {
    const reply = await expectNothingWritten(db(), act);
    if (reply.body.ok) throw new Error(`accepted: ${JSON.stringify(reply.body.data)}`);
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff][^]*[。！？]$/);
    return reply.body.error.message;
  };
  const upload = async (handle: string, bytes: Uint8Array, name: string, mime: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: mime }), name);
    const res = await fetch(`${host.baseUrl}/upload/agreement`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(handle)}` },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as ApiReply<{ fileRef: string }>['body'],
    };
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;

  let studioId: number;
  let otherStudioId: number;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.now();
    host.deps.now = () => new Date(clock);
    studioId = (await ok('studio1', 'studios')).studios[0].id;
    // A second studio, in 莲花社区, with volunteer1 on duty there.
    const lianhua = await db()
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '莲花社区')
      .executeTakeFirstOrThrow();
    otherStudioId = (
      await db()
        .insertInto('casework_studios')
        .values({
          org_unit_id: lianhua.id,
          name: '莲花民情调解室',
          kind: 'mediation',
          opening_hours: '每周三上午',
          created_at: iso(clock),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db()
      .insertInto('casework_staff')
      .values({ studio_id: otherStudioId, person_id: await personId('volunteer1'), created_at: iso(clock) })
      .execute();
    // The demo city seeded on PostgreSQL takes a while on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await host?.stop();
  });

  const visit = (over: Record<string, unknown> = {}) => ({
    studioId,
    visitor: { name: '李秀英', phone: '13905921234' },
    category: ['elder_care', 'neighbours'],
    summary: '楼上漏水，母亲李奶奶行动不便，需要每周陪诊。',
    done: '当场联系了物业。',
    visitedAt: iso(clock - 3600_000),
    ...over,
  });
  const newCase = (over: Record<string, unknown> = {}) => ({
    studioId,
    parties: [
      { name: '李秀英', phone: '13905921234', role: 'applicant' },
      { name: '王大明', role: 'respondent' },
    ],
    type: 'neighbours',
    source: 'visit',
    summary: '楼上漏水渗到楼下，双方说不拢赔偿。',
    ...over,
  });

  it('seeds the demo studio in the report’s proportions', async () => {
    const studio = await db()
      .selectFrom('casework_studios')
      .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
      .select(['casework_studios.name', 'org_units.name as community'])
      .where('casework_studios.id', '=', studioId)
      .executeTakeFirstOrThrow();
    expect(studio).toEqual({ name: '101民情工作室', community: '吕岭社区' });
    const cases = await db().selectFrom('casework_cases').selectAll().where('studio_id', '=', studioId).execute();
    const visits = await db().selectFrom('casework_visits').select('id').where('studio_id', '=', studioId).execute();
    expect([visits.length, cases.length]).toEqual([DEMO_CASEWORK.visits, DEMO_CASEWORK.cases]);
    const closed = cases.filter((c) => c.status === 'closed');
    expect(closed).toHaveLength(DEMO_CASEWORK.cases - DEMO_CASEWORK.openDaysAgo.length);
    expect(closed.filter((c) => c.outcome === 'settled').length / closed.length).toBeGreaterThan(0.96);
    const open = (await ok('studio1', 'list', { studioId, open: true })).cases;
    expect(open.map((c) => c.days).sort((a, b) => a - b)).toEqual(DEMO_CASEWORK.openDaysAgo);
  });

  describe('refusals, each with a sentence and nothing written', () => {
    let caseId: number;
    beforeAll(async () => {
      caseId = (await ok('studio1', 'openCase', newCase())).case.id;
    });

    it('a visit dated in the future', async () => {
      const message = await refused('VALIDATION', () =>
        call('studio1', 'recordVisit', visit({ visitedAt: iso(clock + DAY) })),
      );
      expect(message).toBe('来访时间不能晚于现在，请核对日期和时间。');
    });

    it('oversized text, an unknown category, too many parties, a wrong phone', async () => {
      expect(
        await refused('VALIDATION', () => call('studio1', 'recordVisit', visit({ summary: '漏'.repeat(1001) }))),
      ).toMatch(/反映的情况太长了/);
      // A body past the API's limit is refused before it is read.
      await refused('PAYLOAD_TOO_LARGE', () => call('studio1', 'recordVisit', visit({ summary: 'x'.repeat(100_000) })));
      await refused('VALIDATION', () =>
        call(
          'studio1',
          'openCase',
          newCase({ parties: Array.from({ length: 11 }, () => ({ name: '张三', role: 'other' })) }),
        ),
      );
      await refused('VALIDATION', () => call('studio1', 'recordVisit', visit({ category: ['gossip'] })));
      await refused('VALIDATION', () =>
        call('studio1', 'recordVisit', visit({ visitor: { name: '李', phone: '12345' } })),
      );
    });

    it('a visit or a case at a studio the caller is not on duty at', async () => {
      expect(await refused('FORBIDDEN', () => call('studio1', 'recordVisit', visit({ studioId: otherStudioId })))).toBe(
        '您不在这个工作室值班，不能登记来访。',
      );
      await refused('FORBIDDEN', () => call('studio1', 'openCase', newCase({ studioId: otherStudioId })));
      await refused('FORBIDDEN', () => call('volunteer1', 'addStep', { caseId, at: iso(clock), note: '调解' }));
      // An official above reads, but does not write.
      await refused('FORBIDDEN', () => call('admin', 'recordVisit', visit()));
      await refused('FORBIDDEN', () => call('admin', 'close', { caseId, outcome: 'settled' }));
      // A visit of another studio cannot be made a case here.
      const theirs = (await ok('volunteer1', 'recordVisit', visit({ studioId: otherStudioId }))).visit.id;
      await refused('FORBIDDEN', () => call('studio1', 'openCase', newCase({ visitId: theirs })));
    });

    it('another branch’s secretary reading a case, its list or its agreement', async () => {
      expect(await refused('FORBIDDEN', () => call('secretary1', 'get', { caseId }))).toMatch(/不归您管/);
      await refused('FORBIDDEN', () => call('secretary1', 'agreementLink', { caseId }));
      await refused('FORBIDDEN', () => call('secretary1', 'list', { studioId }));
      expect(await ok('secretary1', 'list')).toEqual({ cases: [] });
      expect(await ok('secretary1', 'studios')).toEqual({ studios: [] });
      // Nor the staff of another studio.
      await refused('FORBIDDEN', () => call('volunteer1', 'get', { caseId }));
    });

    it('a case closed without its 回访, or referred without naming where', async () => {
      expect(await refused('CONFLICT', () => call('studio1', 'close', { caseId, outcome: 'settled' }))).toMatch(
        /结案前要先做回访/,
      );
      expect(await refused('VALIDATION', () => call('studio1', 'close', { caseId, outcome: 'referred' }))).toBe(
        '转交的纠纷要写明交给了哪个单位，例如“湖滨司法所”。',
      );
      await refused('VALIDATION', () =>
        call('studio1', 'close', { caseId, outcome: 'referred', referredTo: { office: 'court', name: '' } }),
      );
      await refused('VALIDATION', () =>
        call('studio1', 'close', { caseId, outcome: 'settled', referredTo: { office: 'court', name: '区法院' } }),
      );
    });

    it('an agreement that is not a photo or a PDF, judged by its bytes', async () => {
      const reply = await expectNothingWritten(db(), () => upload('studio1', EXE, '协议.pdf', 'application/pdf'));
      expect(reply.status).toBe(415);
      if (reply.body.ok) throw new Error('accepted');
      expect(reply.body.error.message).toBe('协议只能是照片（JPG、PNG）或 PDF 文件。请重新拍照或选择文件。');
      // Someone else's upload cannot be attached either.
      const theirs = await upload('volunteer1', PDF, 'a.pdf', 'application/pdf');
      if (!theirs.body.ok) throw new Error(JSON.stringify(theirs.body));
      const fileRef = theirs.body.data.fileRef;
      await refused('NOT_FOUND', () => call('studio1', 'attachAgreement', { caseId, fileRef }));
      await refused('FORBIDDEN', () => call('volunteer1', 'attachAgreement', { caseId, fileRef }));
    });
  });

  it('a visit made a case, steps, the agreement, the 回访 and the close; names in full only on the case, each view audited', async () => {
    const visitId = (await ok('studio1', 'recordVisit', visit())).visit.id;
    const stored = await db()
      .selectFrom('casework_visits')
      .selectAll()
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ visitor_name: '李秀英', visitor_phone: '13905921234', done: '当场联系了物业。' });
    expect(JSON.parse(stored.categories_json)).toEqual(['elder_care', 'neighbours']);

    const opened = await ok('studio1', 'openCase', newCase({ visitId }));
    expect(opened.case.status).toBe('open');
    const caseId = opened.case.id;
    await ok('studio1', 'addStep', {
      caseId,
      at: iso(clock),
      note: '双方到工作室面对面协商。',
      present: '李秀英、王大明、吕建国',
    });

    const up = await upload('studio1', PDF, '调解协议.pdf', 'application/pdf');
    if (!up.body.ok) throw new Error(JSON.stringify(up.body));
    expect(await ok('studio1', 'attachAgreement', { caseId, fileRef: up.body.data.fileRef })).toEqual({
      agreement: { mime: 'application/pdf', bytes: PDF.byteLength },
    });
    // The upload became the agreement: no longer in uploads/, kept under the private folder.
    expect(
      await db().selectFrom('files').select('key').where('key', '=', up.body.data.fileRef).executeTakeFirst(),
    ).toBeUndefined();
    const row = await db().selectFrom('casework_cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.agreement_key).toMatch(/^casework\/agreements\/[0-9a-f-]{36}\.pdf$/);
    const media = await fetch(`${host.baseUrl}/media/${row.agreement_key}`);
    expect(media.status).not.toBe(200);

    await ok('studio1', 'followUp', { caseId, at: iso(clock), note: '电话回访，已修好，双方满意。', satisfied: true });
    expect(await ok('studio1', 'close', { caseId, outcome: 'settled' })).toEqual({
      case: { id: caseId, status: 'closed', outcome: 'settled' },
    });
    await refused('CONFLICT', () => call('studio1', 'addStep', { caseId, at: iso(clock), note: '又来了' }));

    // The list: masked names, no phone anywhere.
    const listed = (await ok('studio1', 'list', { studioId })).cases.find((c) => c.id === caseId)!;
    expect(listed).toMatchObject({
      parties: ['李*英', '王*明'],
      status: 'closed',
      outcome: 'settled',
      followedUp: true,
      days: 0,
    });
    expect(JSON.stringify(await ok('studio1', 'list', { studioId }))).not.toMatch(/1390592|李秀英|王大明/);

    // The case page, for the staff and for an official above: full names and phones, each view a row.
    const views = () =>
      db().selectFrom('casework_views').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
    expect(await views()).toEqual([]);
    const got = (await ok('studio1', 'get', { caseId })).case;
    expect(got.partiesInFull).toEqual([
      { name: '李秀英', phone: '13905921234', role: 'applicant' },
      { name: '王大明', phone: null, role: 'respondent' },
    ]);
    expect(got.steps.map((s) => [s.kind, s.note, s.present, s.satisfied])).toEqual([
      ['step', '双方到工作室面对面协商。', '李秀英、王大明、吕建国', null],
      ['follow_up', '电话回访，已修好，双方满意。', null, true],
    ]);
    expect(got).toMatchObject({ visitId, canEdit: false, agreement: { mime: 'application/pdf' } });
    const asOfficial = (await ok('admin', 'get', { caseId })).case;
    expect(asOfficial.partiesInFull[0].name).toBe('李秀英');
    const link = (await ok('admin', 'agreementLink', { caseId })).link;
    const file = await fetch(host.baseUrl + link.path, {
      headers: { authorization: `Bearer ${await token('admin')}` },
    });
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    expect((await views()).map((v) => [v.person_id, v.what, v.viewed_at])).toEqual([
      [await personId('studio1'), 'case', iso(clock)],
      [await personId('admin'), 'case', iso(clock)],
      [await personId('admin'), 'agreement', iso(clock)],
    ]);
  });

  it('opens a time-bank request from a visit in one step, once; it waits for the secretary and the case shows it', async () => {
    const community = await db()
      .selectFrom('casework_studios')
      .select('org_unit_id')
      .where('id', '=', studioId)
      .executeTakeFirstOrThrow();
    const at = iso(clock);
    const elderId = (
      await db()
        .insertInto('people')
        .values({
          name: '李桂兰',
          org_unit_id: community.org_unit_id,
          birth_year: 1941,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const visitId = (await ok('studio1', 'recordVisit', visit())).visit.id;
    const request = {
      category: '健康助老',
      service: '陪诊',
      startsAt: iso(clock + 2 * DAY),
      endsAt: iso(clock + 2 * DAY + 2 * 3600_000),
      place: '吕岭社区卫生服务站',
      urgency: 'soon',
    };
    // Refused, nothing written: an elder outside the studio's community, staff of another studio, a window passed.
    const elsewhere = await personId('member861');
    expect(
      await refused('FORBIDDEN', () => call('studio1', 'toTimebank', { visitId, personId: elsewhere, request })),
    ).toContain('吕岭社区');
    await refused('FORBIDDEN', () => call('volunteer1', 'toTimebank', { visitId, personId: elderId, request }));
    await refused('VALIDATION', () =>
      call('studio1', 'toTimebank', {
        visitId,
        personId: elderId,
        request: { ...request, startsAt: iso(clock - DAY), endsAt: iso(clock - DAY + 3600_000) },
      }),
    );

    const first = await ok('studio1', 'toTimebank', { visitId, personId: elderId, request });
    expect(first.request.status).toBe('awaiting_approval');
    expect(first.message).toContain('书记审核');
    const second = await ok('studio1', 'toTimebank', { visitId, personId: elderId, request });
    expect(second.request.id).toBe(first.request.id);
    const rows = await db()
      .selectFrom('help_requests')
      .selectAll()
      .where('source', '=', 'casework')
      .where('source_ref', '=', visitId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person_id: elderId, service: '陪诊', requested_by: await personId('studio1') });

    // The time bank's secretary queue holds it for approval; the case opened from the visit shows when it was done.
    const queue = (await post<{ approvals: { id: number }[] }>(
      host.baseUrl,
      'timebank',
      { action: 'queue', data: {} },
      await token('admin'),
    )) as ApiReply<{ approvals: { id: number }[] }>;
    if (!queue.body.ok) throw new Error(JSON.stringify(queue.body));
    expect(queue.body.data.approvals.map((r) => r.id)).toContain(first.request.id);
    const caseId = (await ok('studio1', 'openCase', newCase({ visitId }))).case.id;
    const detail = (await ok('studio1', 'get', { caseId })).case;
    expect(detail.timebankRequest).toMatchObject({ id: first.request.id, openedAt: rows[0].created_at });
  });

  it('tells the staff at 20 days and the street at 30, each once, and the lists show the flags', async () => {
    // The demo's own overdue cases are told on the first run; this suite's new case is not yet due.
    await runJobOnce(host, caseDeadlines);
    const caseId = (await ok('studio1', 'openCase', newCase({ acceptedAt: iso(clock) }))).case.id;
    const messages = (kind: string) =>
      db()
        .selectFrom('messages')
        .select(['person_id', 'text', 'link_params_json'])
        .where('kind', '=', kind as never)
        .execute()
        .then((rows) => rows.filter((r) => JSON.parse(r.link_params_json).id === String(caseId)));
    const studio1 = await personId('studio1');
    const admin = await personId('admin');

    clock += 19 * DAY;
    await runJobOnce(host, caseDeadlines);
    expect(await messages('casework_case_overdue')).toEqual([]);

    clock += DAY;
    await runJobOnce(host, caseDeadlines);
    await runJobOnce(host, caseDeadlines);
    const warned = await messages('casework_case_overdue');
    expect(warned.map((m) => [m.person_id, m.text])).toEqual([
      [studio1, '李*英的纠纷受理已满20天还没结案，请抓紧调解。'],
    ]);
    expect(await messages('casework_case_flagged')).toEqual([]);
    let listed = (await ok('studio1', 'list', { open: true })).cases.find((c) => c.id === caseId)!;
    expect(listed).toMatchObject({ days: 20, streetFlaggedAt: null });
    expect(listed.staffWarnedAt).not.toBeNull();

    clock += 10 * DAY;
    await runJobOnce(host, caseDeadlines);
    await runJobOnce(host, caseDeadlines);
    // No official on 湖滨街道 itself in the demo: the city's admin, the nearest above, is told.
    expect((await messages('casework_case_flagged')).map((m) => [m.person_id, m.text])).toEqual([
      [admin, '101民情工作室有一件纠纷受理已满30天还没结案，请过问。'],
    ]);
    expect(await messages('casework_case_overdue')).toHaveLength(1);
    listed = (await ok('admin', 'list', { studioId, open: true })).cases.find((c) => c.id === caseId)!;
    expect(listed.days).toBe(30);
    expect(listed.streetFlaggedAt).toBe(iso(clock));
    // Open cases come oldest first, so the flagged ones lead.
    const open = (await ok('studio1', 'list', { studioId, open: true })).cases;
    expect(open.every((c) => c.status === 'open')).toBe(true);
    expect(open.map((c) => c.days)).toEqual([...open.map((c) => c.days)].sort((a, b) => b - a));
  });
});
