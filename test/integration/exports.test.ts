// 导出表格: a secretary exports the branch's study figures as .xlsx. The file opens in exceljs with Chinese
// headers, a frozen header row and widths fitted to the content; the link is theirs alone, for 10 minutes. A link
// used after it ends, by someone else, without signing in, or altered, is refused with the envelope and a sentence.
import ExcelJS from 'exceljs';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { FileLink } from '../../contracts/files';
import { displayWidth } from '../../backend/files/xlsx';
import { createJobRunner } from '../../backend/jobs/runner';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { expectMadeForPaper } from '../support/paper';
import { startHost, type TestHost } from '../support/start-host';

const CHINESE = /[\u4e00-\u9fff]/;
const MONTH = '2026-11';

describe.each(availableEngines())('exports (%s)', (engine) => {
  let host: TestHost;
  let secretary: string;
  let admin: string;
  let member: string;
  let unitId: number;
  let link: FileLink;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    [secretary, admin, member] = await Promise.all([
      login(host.baseUrl, 'secretary1'),
      login(host.baseUrl, 'admin'),
      login(host.baseUrl, 'member1'),
    ]);
    const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, secretary);
    if (!me.body.ok) throw new Error(JSON.stringify(me.body));
    unitId = me.body.data.user.orgUnitId;
  });
  afterAll(async () => {
    await host?.stop();
  });

  const exportStats = (token: string, orgUnitId = unitId) =>
    post<AudiobooksApi['exportStudyStats']['output']>(
      host.baseUrl,
      'audiobooks',
      { action: 'exportStudyStats', data: { orgUnitId, month: MONTH } },
      token,
    );
  const download = (path: string, token?: string) =>
    fetch(host.baseUrl + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const refusal = async (res: Response) => ({
    status: res.status,
    body: (await res.json()) as { ok: boolean; error: { code: string; message: string } },
  });

  it('gives the secretary a personal link that ends in 10 minutes', async () => {
    const before = Date.now();
    const made = await exportStats(secretary);
    if (!made.body.ok) throw new Error(JSON.stringify(made.body));
    link = made.body.data;
    expect(link.path).toMatch(/^\/files\/exports\/[0-9a-f-]{36}\.xlsx\?until=\d+&sig=[A-Za-z0-9_-]{22}$/);
    expect(link.name).toMatch(/^学习情况-.+-2026年11月\.xlsx$/);
    const after = Date.now();
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(before + 10 * 60_000 - 1000);
    expect(Date.parse(link.expiresAt)).toBeLessThanOrEqual(after + 10 * 60_000);
    // The link carries no session token, only the file, the end and a signature.
    expect(link.path).not.toContain(secretary);
  });

  it('downloads an .xlsx made for paper: a title, Chinese headers frozen and printed on each page, widths fitted', async () => {
    const res = await download(link.path, secretary);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(link.name)}`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('2026年11月学习情况');
    // Made for paper: A4 one page wide, upright (four columns fit), the unit and month above the header.
    expectMadeForPaper(sheet, /^.+ 2026年11月 学习情况（/, ['姓名', '所在单位', '学习时长（分钟）', '学习天数']);
    expect(sheet.pageSetup.orientation).toBe('portrait');

    const stats = await post<AudiobooksApi['studyStats']['output']>(
      host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: unitId, month: MONTH } },
      secretary,
    );
    if (!stats.body.ok) throw new Error(JSON.stringify(stats.body));
    expect(sheet.rowCount).toBe(stats.body.data.memberCount + 2);
    expect(stats.body.data.memberCount).toBeGreaterThan(0);
    expect(sheet.getRow(3).getCell(1).value).toBe(stats.body.data.members[0].name);
    expect(sheet.getRow(3).getCell(3).alignment?.horizontal).toBe('center');

    // Each column as wide as its widest cell (a Chinese character counts two) plus padding, within 6…60.
    for (const [i, column] of sheet.columns.entries()) {
      const cells = (column.values ?? [])
        .slice(2)
        .filter((v) => v !== null && v !== undefined)
        .map(String);
      const widest = Math.max(...cells.map(displayWidth));
      expect(column.width).toBe(Math.min(60, Math.max(6, widest + 2)));
      if (i === 2) expect(column.width).toBe(displayWidth('学习时长（分钟）') + 2);
    }
  });

  it('prints the party roster across an A4 page, the unit and day on top, years centred apart from text phones', async () => {
    const community = await host.deps.database.db
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '莲花社区')
      .executeTakeFirstOrThrow();
    const made = await post<FileLink>(
      host.baseUrl,
      'org',
      { action: 'exportRoster', data: { orgUnitId: community.id } },
      admin,
    );
    if (!made.body.ok) throw new Error(JSON.stringify(made.body));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await download(made.body.data.path, admin)).arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expectMadeForPaper(sheet, /^莲花社区 党员名册（/, [
      '姓名',
      '性别',
      '出生年份',
      '手机号',
      '入党时间',
      '原单位职务',
      '所在支部',
      '花名册编号',
      '特长',
      '状态',
      '系统编号',
    ]);
    // Eleven columns need the page's width: across it, not shrunk upright.
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.rowCount).toBeGreaterThan(40);
    // People added by invitation may have no birth year or phone: their cells are empty, the others typed.
    let years = 0;
    let phones = 0;
    for (let n = 3; n <= sheet.rowCount; n += 1) {
      const [year, phone] = [sheet.getRow(n).getCell(3), sheet.getRow(n).getCell(4)];
      if (year.value !== null) {
        years += 1;
        expect(year.type).toBe(ExcelJS.ValueType.Number);
        expect(year.alignment?.horizontal).toBe('center');
      }
      if (phone.value !== null) {
        phones += 1;
        expect(phone.type).toBe(ExcelJS.ValueType.String);
        expect(phone.value).toMatch(/^1\d{10}$/);
      }
    }
    expect(years).toBeGreaterThan(40);
    expect(phones).toBeGreaterThan(40);
  });

  it('refuses the link to someone else, even one who may see the same figures', async () => {
    const other = await refusal(await download(link.path, admin));
    expect(other).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/别人导出的/) } },
    });
  });

  it('refuses the link without a sign-in', async () => {
    const anonymous = await refusal(await download(link.path));
    expect(anonymous).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(CHINESE) } },
    });
    const forged = await refusal(await download(link.path, 'not-a-token'));
    expect(forged).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  });

  it('refuses a link that was altered: a later end, another signature, another file, a missing part', async () => {
    const url = new URL(link.path, host.baseUrl);
    const until = Number(url.searchParams.get('until'));
    const sig = url.searchParams.get('sig') as string;
    const later = `${url.pathname}?until=${until + 3600}&sig=${sig}`;
    const otherSig = `${url.pathname}?until=${until}&sig=${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const otherFile = `/files/exports/00000000-0000-4000-8000-000000000000.xlsx?until=${until}&sig=${sig}`;
    for (const path of [
      later,
      otherSig,
      otherFile,
      `${url.pathname}?until=${until}`,
      `${url.pathname}?until=soon&sig=${sig}`,
    ]) {
      const res = await refusal(await download(path, secretary));
      expect(res).toMatchObject({
        status: 400,
        body: { ok: false, error: { code: 'LINK_INVALID', message: expect.stringMatching(/改动|不完整/) } },
      });
    }
    const notAnExport = await refusal(await download(`/files/books/x.mp3?until=${until}&sig=${sig}`, secretary));
    expect(notAnExport).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: expect.stringMatching(CHINESE) } },
    });
  });

  it('refuses the link after it ends, and the file is deleted then', async () => {
    const realNow = host.deps.now;
    try {
      host.deps.now = () => new Date(Date.parse(link.expiresAt) + 1000);
      const late = await refusal(await download(link.path, secretary));
      expect(late).toMatchObject({
        status: 410,
        body: { ok: false, error: { code: 'LINK_EXPIRED', message: expect.stringMatching(/过期/) } },
      });

      const key = new URL(link.path, host.baseUrl).pathname.slice('/files/'.length);
      expect(await host.deps.files.stat(key)).not.toBeNull();
      await createJobRunner({ deps: host.deps, name: 'test' }).runDue();
      expect(await host.deps.files.stat(key)).toBeNull();
      expect(
        await host.deps.database.db.selectFrom('files').select('key').where('key', '=', key).executeTakeFirst(),
      ).toBeUndefined();
    } finally {
      host.deps.now = realNow;
    }
    // Back in time the signature holds, but the file is gone.
    const gone = await refusal(await download(link.path, secretary));
    expect(gone).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: expect.stringMatching(/重新导出/) } },
    });
  });

  it('lets only those who manage the unit export it', async () => {
    const notManager = await exportStats(member);
    expect(notManager.status).toBe(403);
    const elsewhere = await host.deps.database.db
      .selectFrom('org_units')
      .select('id')
      .where('id', '<>', unitId)
      .where('path', 'not like', `%/${unitId}/%`)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const outside = await exportStats(secretary, elsewhere.id);
    expect(outside.status).toBe(403);
    expect(!outside.body.ok && outside.body.error.message).toMatch(/不能导出/);
  });

  it('says in a sentence where a runtime cannot make spreadsheets (WeChat cloud)', async () => {
    const spreadsheets = host.deps.spreadsheets;
    try {
      host.deps.spreadsheets = undefined;
      const made = await exportStats(secretary);
      expect(made.status).toBe(403);
      expect(!made.body.ok && made.body.error.message).toMatch(/网页版/);
    } finally {
      host.deps.spreadsheets = spreadsheets;
    }
  });
});
