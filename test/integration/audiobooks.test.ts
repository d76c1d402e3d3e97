// The audiobook library over real HTTP on SQLite and PostgreSQL: catalogue, playable audio, progress, study time.
import { availableEngines } from '../support/engines';
import { login, post, rawGet } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import type { AudiobooksApi } from '../../contracts/audiobooks';

type Out<A extends keyof AudiobooksApi> = AudiobooksApi[A]['output'];

describe.each(availableEngines())('audiobooks on %s', (engine) => {
  let host: TestHost;
  let member1: string;
  let member2: string;
  let book: Out<'get'>;
  let clock: number;

  beforeAll(async () => {
    host = await startHost({ engine });
    // A clock the test moves, so "time since the last report" is exact rather than a race.
    clock = Date.parse('2026-11-29T02:00:00Z');
    host.deps.now = () => new Date(clock);
    member1 = await login(host.baseUrl, 'member1');
    member2 = await login(host.baseUrl, 'member2');
    const list = await post<Out<'list'>>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error(JSON.stringify(list.body));
    const got = await post<Out<'get'>>(host.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: list.body.data.books[0].id },
    });
    if (!got.body.ok) throw new Error(JSON.stringify(got.body));
    book = got.body.data;
  });
  afterAll(async () => {
    await host?.stop();
  });

  const save = (token: string, data: unknown) =>
    post<Out<'saveProgress'>>(host.baseUrl, 'audiobooks', { action: 'saveProgress', data }, token);

  it('lists at least three books in collections, each with chapters', async () => {
    const list = await post<Out<'list'>>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    expect(list.body.data.books.length).toBeGreaterThanOrEqual(3);
    expect(list.body.data.collections.length).toBeGreaterThanOrEqual(3);
    for (const b of list.body.data.books) expect(b.chapterCount).toBeGreaterThanOrEqual(3);
    const search = await post<Out<'list'>>(host.baseUrl, 'audiobooks', {
      action: 'list',
      data: { query: book.book.title.slice(0, 2) },
    });
    expect(search.body.ok && search.body.data.books.map((b) => b.id)).toContain(book.book.id);
    const wildcard = await post<Out<'list'>>(host.baseUrl, 'audiobooks', { action: 'list', data: { query: '%' } });
    expect(wildcard.body.ok && wildcard.body.data.books).toEqual([]);
  });

  it('serves chapter audio with ranges, validators and caching', async () => {
    const chapter = book.chapters[0];
    expect(chapter.duration).toBeGreaterThan(20);
    const url = new URL(chapter.audioUrl, host.baseUrl).toString();
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toMatch(/audio\/mpeg/);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('etag')).toBeTruthy();
    expect(full.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(10_000);

    const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const beyond = await fetch(url, { headers: { range: `bytes=${bytes.length + 10}-` } });
    expect(beyond.status).toBe(416);
    const revalidate = await rawGet(host.baseUrl, new URL(url).pathname, {
      'if-none-match': full.headers.get('etag') as string,
    });
    expect(revalidate.status).toBe(304);
  });

  it('refuses paths that climb out of the media folder', async () => {
    // Sent raw: fetch would tidy the dots away before they reach the host.
    for (const p of [
      '/media/../../../../etc/passwd',
      '/media/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/media/..%2f..%2f..%2fetc%2fpasswd',
      '/media/books/..%5c..%5c..%5cetc%5cpasswd',
    ]) {
      const res = await rawGet(host.baseUrl, p);
      expect(res.text).not.toContain('root:');
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('keeps where a member stopped, per member', async () => {
    const chapter = book.chapters[0];
    const saved = await save(member1, { chapterId: chapter.id, position: 12.5, listened: [[0, 12.5]] });
    expect(saved.status).toBe(200);
    expect(saved.body.ok && saved.body.data).toMatchObject({ position: 12.5, clamped: false });
    const mine = await post<Out<'myProgress'>>(host.baseUrl, 'audiobooks', { action: 'myProgress' }, member1);
    expect(mine.body.ok && mine.body.data.items[0]).toMatchObject({
      bookId: book.book.id,
      chapterId: chapter.id,
      position: 12.5,
    });
    const theirs = await post<Out<'myProgress'>>(host.baseUrl, 'audiobooks', { action: 'myProgress' }, member2);
    expect(theirs.body.ok && theirs.body.data.items.find((i) => i.bookId === book.book.id)).toBeUndefined();
    const anonymous = await post<Out<'myProgress'>>(host.baseUrl, 'audiobooks', { action: 'myProgress' });
    expect(anonymous.body.ok && anonymous.body.data.items).toEqual([]);
  });

  it('counts a listened stretch once and a seek-over not at all', async () => {
    const chapter = book.chapters[1];
    const study = async () => {
      const r = await post<Out<'myStudy'>>(host.baseUrl, 'audiobooks', { action: 'myStudy' }, member2);
      if (!r.body.ok) throw new Error(JSON.stringify(r.body));
      return r.body.data;
    };
    const before = (await study()).todaySeconds;
    clock += 10_000;
    expect((await save(member2, { chapterId: chapter.id, position: 10, listened: [[0, 10]] })).body).toMatchObject({
      ok: true,
      data: { creditedSeconds: 10 },
    });
    // The weak network resends the same report: nothing more is counted.
    expect((await save(member2, { chapterId: chapter.id, position: 10, listened: [[0, 10]] })).body).toMatchObject({
      ok: true,
      data: { creditedSeconds: 0 },
    });
    // Ten seconds later: jumped from 10 to 30 without listening, then heard 30–35.
    clock += 10_000;
    expect((await save(member2, { chapterId: chapter.id, position: 35, listened: [[30, 35]] })).body).toMatchObject({
      ok: true,
      data: { creditedSeconds: 5 },
    });
    // At 1.5× speed, 12 s of the book take 8 s of the listener's day.
    clock += 10_000;
    expect(
      (await save(member2, { chapterId: chapter.id, position: 47, listened: [[35, 47]], rate: 1.5 })).body,
    ).toMatchObject({ ok: true, data: { creditedSeconds: 8 } });
    // A forged report of the whole chapter a second later earns only what the person's listening clock still
    // allows: over the 31 s of real time in this test, no more than 31 s plus the one 30 s allowance in all.
    clock += 1_000;
    const forged = await save(member2, { chapterId: chapter.id, position: 1, listened: [[0, chapter.duration]] });
    expect(forged.body.ok).toBe(true);
    const gained = (await study()).todaySeconds - before;
    expect(gained).toBeLessThanOrEqual(31 + 30);
    expect(gained).toBeGreaterThanOrEqual(22);
  });

  it('refuses or clamps impossible positions, and says so', async () => {
    const chapter = book.chapters[0];
    for (const position of [-1, 'NaN', null, '12']) {
      const r = await save(member1, { chapterId: chapter.id, position });
      expect(r.status).toBe(400);
      expect(!r.body.ok && r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const past = await save(member1, { chapterId: chapter.id, position: chapter.duration + 500 });
    expect(past.body.ok && past.body.data).toMatchObject({ position: chapter.duration, clamped: true });
    expect(past.body.ok && past.body.data.message).toMatch(/结尾/);
    const missing = await save(member1, { chapterId: 999999, position: 1 });
    expect(missing.status).toBe(404);
    const stretchTooBig = await save(member1, {
      chapterId: chapter.id,
      position: 1,
      listened: Array.from({ length: 61 }, () => [0, 1]),
    });
    expect(stretchTooBig.status).toBe(400);
    expect((await save('', { chapterId: chapter.id, position: 1 })).status).toBe(401);
  });

  it('brings a device’s places into the account on sign-in, the newer place winning', async () => {
    const member3 = await login(host.baseUrl, 'member3');
    const [c0, c1] = book.chapters;
    const older = new Date(clock - 3_600_000).toISOString();
    const newer = new Date(clock - 60_000).toISOString();
    const r = await post<Out<'importProgress'>>(
      host.baseUrl,
      'audiobooks',
      {
        action: 'importProgress',
        data: {
          items: [
            { chapterId: c0.id, position: 5, updatedAt: older },
            { chapterId: c1.id, position: 7, updatedAt: newer },
            { chapterId: 999999, position: 1, updatedAt: newer },
          ],
        },
      },
      member3,
    );
    expect(r.body).toMatchObject({ ok: true, data: { imported: 1 } });
    const mine = await post<Out<'myProgress'>>(host.baseUrl, 'audiobooks', { action: 'myProgress' }, member3);
    expect(mine.body.ok && mine.body.data.items[0]).toMatchObject({ chapterId: c1.id, position: 7 });
  });

  it('shows a secretary their branch’s study minutes and refuses everyone else', async () => {
    const month = new Date(clock + 8 * 3_600_000).toISOString().slice(0, 7);
    const secretary = await login(host.baseUrl, 'secretary1');
    const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, member1);
    const branchId = me.body.ok ? me.body.data.user.orgUnitId : 0;
    const stats = await post<Out<'studyStats'>>(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: branchId, month } },
      secretary,
    );
    expect(stats.status).toBe(200);
    if (!stats.body.ok) throw new Error(JSON.stringify(stats.body));
    const member1Id = (
      await host.deps.database.db
        .selectFrom('people')
        .select('id')
        .where('handle', '=', 'member1')
        .executeTakeFirstOrThrow()
    ).id;
    expect(stats.body.data.members.find((m) => m.personId === member1Id)?.seconds).toBeGreaterThanOrEqual(12);
    expect(stats.body.data.memberCount).toBeGreaterThan(30);

    const asMember = await post(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: branchId, month } },
      member1,
    );
    expect(asMember.status).toBe(403);
    const member2Branch = (
      await host.deps.database.db
        .selectFrom('people')
        .select('org_unit_id')
        .where('handle', '=', 'member2')
        .executeTakeFirstOrThrow()
    ).org_unit_id;
    const elsewhere = await post(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: member2Branch, month } },
      secretary,
    );
    expect(elsewhere.status).toBe(403);
    const admin = await login(host.baseUrl, 'admin');
    const cityId = (
      await host.deps.database.db
        .selectFrom('org_units')
        .select('id')
        .where('level', '=', 'city')
        .executeTakeFirstOrThrow()
    ).id;
    const city = await post<Out<'studyStats'>>(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: cityId, month } },
      admin,
    );
    expect(city.body.ok && city.body.data.memberCount).toBeGreaterThan(500);
    const badMonth = await post(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: branchId, month: '2026-13' } },
      secretary,
    );
    expect(badMonth.status).toBe(400);
  });
});
