// Spreadsheets in a WeChat-only deployment: the `build:cloud` bundle of org, run as WeChat would (only wx-server-sdk
// faked, its cloud storage a folder) against real PostgreSQL. An export is built in the function (exceljs from the
// file beside index.js), kept private in cloud storage, and answered as a short-lived https link for the caller
// alone; an .xlsx roster picked from a WeChat chat (a cloud:// id) is read and imported there too.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FileLink } from '../../contracts/files';
import type { OrgApi } from '../../contracts/org';
import { ROSTER_HEADERS } from '../../backend/rules/roster';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

const root = path.resolve(__dirname, '../..');
const hasPostgres = availableEngines().includes('postgres');
const OPENID = 'oWX-admin-sheets';
const LOTUS = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

(hasPostgres ? describe : describe.skip)('spreadsheets in WeChat cloud functions (cloud storage only)', () => {
  let host: TestHost;
  let outDir: string;
  let storage: string;

  beforeAll(async () => {
    host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-cloud-sheets-'));
    storage = path.join(outDir, 'wx-storage');
    buildCloudInto(outDir);
    const fake = path.join(outDir, 'org', 'node_modules', 'wx-server-sdk');
    mkdirSync(fake, { recursive: true });
    cpSync(path.join(root, 'test/support/fake-wx-server-sdk/index.js'), path.join(fake, 'index.js'));
    // The city admin, signed in to the mini-program.
    const db = host.deps.database.db;
    const admin = await db
      .selectFrom('people')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .select('people.id')
      .where('role_grants.role', '=', 'admin')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('identities')
      .values({ provider: 'wechat', subject: OPENID, person_id: admin.id, created_at: new Date().toISOString() })
      .execute();
  });
  afterAll(async () => {
    await host?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** One call of the org bundle in a process of its own, with WeChat cloud storage as the file store. */
  const run = async <T>(event: unknown): Promise<Reply<T>> => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, 'org'), JSON.stringify(event)],
      {
        env: {
          ...process.env,
          LOG_LEVEL: 'error',
          FAKE_WX_OPENID: OPENID,
          FAKE_WX_STORAGE_DIR: storage,
          WX_FILE_ID_PREFIX: 'cloud://fake-env.fake-bucket',
          DATABASE_URL: host.databaseUrl as string,
        },
        encoding: 'utf8',
      },
    );
    return JSON.parse(stdout.trim().split('\n').pop() as string) as Reply<T>;
  };

  it('exports a roster as a real .xlsx in private cloud storage, answered as a short-lived https link', async () => {
    const db = host.deps.database.db;
    const lotus = await db
      .selectFrom('org_units')
      .select(['id'])
      .where('name', '=', '莲花社区离退休干部党支部')
      .executeTakeFirstOrThrow();
    const members = await db.selectFrom('people').select('name').where('org_unit_id', '=', lotus.id).execute();
    expect(members.length).toBeGreaterThan(0);

    const before = Date.now();
    const made = await run<FileLink>({ action: 'exportRoster', data: { orgUnitId: lotus.id } });
    if (!made.ok) throw new Error(JSON.stringify(made));
    // No host in this deployment: the link is cloud storage's own, and the address alone is the grant.
    expect(made.data.withSession).toBe(false);
    const url = new URL(made.data.url);
    expect(url.protocol).toBe('https:');
    const key = url.pathname.slice(1);
    expect(key).toMatch(/^exports\/[0-9a-f-]{36}\.xlsx$/);
    // It ends with the export (10 minutes): the fake says the maxAge it was asked for.
    expect(Number(url.searchParams.get('max_age'))).toBeGreaterThan(0);
    expect(Number(url.searchParams.get('max_age'))).toBeLessThanOrEqual(600);
    expect(Date.parse(made.data.expiresAt)).toBeLessThanOrEqual(before + 10 * 60_000 + 2000);
    expect(made.data.name).toBe('党员名册-莲花社区离退休干部党支部.xlsx');

    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(path.join(storage, key));
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe('姓名');
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) names.push(String(row.getCell(1).value));
    });
    expect(names.sort()).toEqual(members.map((m) => m.name).sort());
    // Kept with its owner and an end, so the deletion job removes it when the link ends.
    const row = await db.selectFrom('files').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: 'export', name: made.data.name });
  });

  it('checks and imports an .xlsx roster sent from a WeChat chat as a cloud:// file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow([...ROSTER_HEADERS]);
    sheet.addRow(['孙建华', '男', 1947, '13600004001', '1971-03', '', LOTUS]);
    sheet.addRow(['冯玉珍', '女', 1952, '13600004002', '1978', '教师', 'ZB003']);
    mkdirSync(path.join(storage, 'mp-uploads'), { recursive: true });
    await workbook.xlsx.writeFile(path.join(storage, 'mp-uploads', 'roster.xlsx'));
    const ref = 'cloud://fake-env.fake-bucket/mp-uploads/roster.xlsx';

    const checked = await run<OrgApi['importRoster']['output']>({
      action: 'importRoster',
      data: { fileRef: ref, dryRun: true },
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    expect(checked.data).toMatchObject({ created: 2, errors: [], dryRun: true });
    expect(checked.data.fileRef).toMatch(/^uploads\/[0-9a-f-]{36}\.xlsx$/);
    expect(existsSync(path.join(storage, 'mp-uploads', 'roster.xlsx'))).toBe(false);

    const imported = await run<OrgApi['importRoster']['output']>({
      action: 'importRoster',
      data: { fileRef: checked.data.fileRef, dryRun: false },
    });
    expect(imported).toMatchObject({ ok: true, data: { created: 2, errors: [] } });
    const people = await host.deps.database.db
      .selectFrom('people')
      .select(['name', 'search_key'])
      .where('phone', 'in', ['13600004001', '13600004002'])
      .orderBy('phone')
      .execute();
    expect(people).toEqual([
      { name: '孙建华', search_key: '孙建华 sunjianhua sjh' },
      { name: '冯玉珍', search_key: '冯玉珍 fengyuzhen fyz' },
    ]);
  });

  it('answers a broken .xlsx from a chat in a sentence, read in the function', async () => {
    mkdirSync(path.join(storage, 'mp-uploads'), { recursive: true });
    // A zip's first bytes, and nothing of a workbook after them.
    writeFileSync(
      path.join(storage, 'mp-uploads', 'broken.xlsx'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
    );
    const checked = await run<OrgApi['importRoster']['output']>({
      action: 'importRoster',
      data: { fileRef: 'cloud://fake-env.fake-bucket/mp-uploads/broken.xlsx', dryRun: true },
    });
    expect(checked).toMatchObject({
      ok: true,
      data: { created: 0, errors: [{ row: 1, message: expect.stringMatching(/打不开/) }] },
    });
  });
});
