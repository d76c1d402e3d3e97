// Roster import and export over real HTTP on SQLite and PostgreSQL: the template, POST /upload/roster, a dry run
// that names every bad row and writes nothing, the fixed file imported in one go and idempotent on a second import,
// a changed row updating the person matched by phone or roster number, csv as well as xlsx, and the export that
// opens in a spreadsheet with phones masked for those who may not see them.
import ExcelJS from 'exceljs';
import type { OrgApi } from '../../contracts/org';
import { ROSTER_HEADERS } from '../../backend/rules/roster';
import { dataOf, login, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type Out<A extends keyof OrgApi> = OrgApi[A]['output'];
type Row = (string | number)[];

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LOTUS = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
const ZHENHAI = '东湖区/湖滨街道/镇海社区/镇海社区离退休干部党支部';

async function xlsx(rows: Row[], headers: readonly string[] = [...ROSTER_HEADERS, '花名册编号']): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Ten good rows: new people in two branches, one named by its code. */
function goodRows(): Row[] {
  return Array.from({ length: 10 }, (_, i) => [
    `导入${'甲乙丙丁戊己庚辛壬癸'[i]}`,
    i % 2 ? '女' : '男',
    1940 + i,
    `1370000${String(1000 + i)}`,
    `19${60 + i}-07`,
    '市纺织厂 车间主任',
    i === 9 ? 'ZB002' : i % 2 ? ZHENHAI : LOTUS,
    `HW-${100 + i}`,
  ]);
}

describe.each(availableEngines())('roster import and export on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  let admin: string;
  const call = <A extends keyof OrgApi>(token: string, action: A, data: unknown): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'org', { action, data }, token);
  const upload = async (token: string, bytes: Uint8Array, name: string, mime: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: mime }), name);
    const res = await fetch(`${host.baseUrl}/upload/roster`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as
        { ok: true; data: { fileRef: string } } | { ok: false; error: { code: string; message: string } },
    };
  };
  const uploaded = async (bytes: Uint8Array, name = 'roster.xlsx', mime = XLSX_MIME) => {
    const reply = await upload(admin, bytes, name, mime);
    if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
    return reply.body.data.fileRef;
  };
  const importFile = (fileRef: string, dryRun: boolean, token = admin) =>
    dataOf(call(token, 'importRoster', { fileRef, dryRun }));
  const tables = async () => ({
    people: await db().selectFrom('people').selectAll().orderBy('id').execute(),
    grants: await db().selectFrom('role_grants').selectAll().orderBy('id').execute(),
    audit: (await db().selectFrom('audit_log').select('id').execute()).length,
  });
  const download = async (path: string, token: string) => {
    const res = await fetch(host.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_MIME);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    return rows;
  };

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('offers a template with its title line, then the Chinese headers in order, then the example', async () => {
    const link = await dataOf(call(admin, 'rosterTemplate', {}));
    expect(link.url).toBe(`${host.baseUrl}${link.path}`);
    const rows = await download(link.path, admin);
    expect(rows[0][0]).toMatch(/^党员名册导入模板（\d{4}年\d{1,2}月\d{1,2}日导出）$/);
    expect(rows[1].slice(0, ROSTER_HEADERS.length)).toEqual([...ROSTER_HEADERS]);
    expect(rows[2][6]).toBe(LOTUS);
  });

  it('refuses uploads from a secretary, of a file that is not xlsx/csv, or empty', async () => {
    const secretary = await login(host.baseUrl, 'secretary1');
    expect((await upload(secretary, await xlsx(goodRows()), 'r.xlsx', XLSX_MIME)).status).toBe(403);
    const pdf = await upload(admin, new TextEncoder().encode('%PDF-1.4\n\0\0binary'), 'r.pdf', 'application/pdf');
    expect(pdf.status).toBe(415);
    expect(!pdf.body.ok && pdf.body.error.message).toMatch(/xlsx/);
    expect((await upload(admin, new Uint8Array(0), 'r.csv', 'text/csv')).status).toBe(400);
    const files = async () => (await db().selectFrom('files').select('key').execute()).length;
    const kept = await files();
    const huge = await upload(admin, new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41), 'big.csv', 'text/csv');
    expect(huge.status).toBe(413);
    expect(!huge.body.ok && huge.body.error.message).toMatch(/20 MB/);
    expect(await files()).toBe(kept);
    refused(await call(admin, 'importRoster', { fileRef: '../etc/passwd', dryRun: true }), 'VALIDATION');
    // Another admin's upload is not found for this one.
    const other = await db()
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'member70')
      .executeTakeFirstOrThrow();
    const city = await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow();
    await dataOf(call(admin, 'grantRole', { personId: other.id, role: 'admin', orgUnitId: city.id }));
    const theirs = await upload(await login(host.baseUrl, 'member70'), await xlsx(goodRows()), 'r.xlsx', XLSX_MIME);
    if (!theirs.body.ok) throw new Error(JSON.stringify(theirs.body));
    refused(await call(admin, 'importRoster', { fileRef: theirs.body.data.fileRef, dryRun: true }), 'NOT_FOUND');
    refused(
      await call(admin, 'importRoster', { fileRef: 'uploads/00000000-0000-0000-0000-000000000000.xlsx', dryRun: true }),
      'NOT_FOUND',
    );
  });

  it('dry-runs an xlsx with 3 bad rows: 3 row-numbered sentences, nothing written — and the real import of it writes nothing either', async () => {
    const rows = goodRows();
    rows[3][3] = '1370000100'; // row 5: ten digits
    rows[5][6] = '东湖区/湖滨街道/莲花社区/莲花社区第二支部'; // row 7: no such branch
    rows[8][2] = 2031; // row 10: impossible birth year
    const fileRef = await uploaded(await xlsx(rows));
    const before = await tables();
    const dry = await importFile(fileRef, true);
    expect(dry.errors.map((e) => e.row)).toEqual([5, 7, 10]);
    expect(dry.errors[0].message).toMatch(/^工作表“名册”第 5 行：手机号“1370000100”位数不对/);
    expect(dry.errors[1].message).toMatch(/^工作表“名册”第 7 行：支部“莲花社区第二支部”不存在/);
    expect(dry.errors[2].message).toMatch(/^工作表“名册”第 10 行：出生年份“2031”不可能/);
    expect(dry.message).toContain('没有导入任何人');
    const real = await importFile(fileRef, false);
    expect(real.errors).toHaveLength(3);
    expect(await tables()).toEqual(before);
  });

  it('names duplicates, missing columns and unknown branches by row; a secretary cannot import', async () => {
    const rows = goodRows();
    rows[4][3] = rows[1][3]; // row 6 repeats row 3's phone
    rows[2][0] = '';
    const dup = await importFile(await uploaded(await xlsx(rows)), true);
    expect(dup.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^工作表“名册”第 4 行：没有填姓名/),
      expect.stringMatching(/^工作表“名册”第 6 行：手机号 \d+ 和第 3 行重复了/),
    ]);
    const missing = await importFile(
      await uploaded(
        await xlsx(
          goodRows().map((r) => r.slice(0, 5)),
          ROSTER_HEADERS.slice(0, 5),
        ),
      ),
      true,
    );
    expect(missing.errors).toEqual([
      { row: 1, message: expect.stringMatching(/^工作表“名册”第 1 行：表头缺少“原单位职务”“所在支部”/) },
    ]);
    const secretary = await login(host.baseUrl, 'secretary1');
    refused(
      await call(secretary, 'importRoster', { fileRef: await uploaded(await xlsx(goodRows())), dryRun: true }),
      'FORBIDDEN',
    );
  });

  it('imports the fixed file in one go; the same file again changes nothing; a changed row updates its person', async () => {
    const fileRef = await uploaded(await xlsx(goodRows()));
    const before = await tables();
    expect(await importFile(fileRef, true)).toMatchObject({ created: 10, updated: 0, unchanged: 0, errors: [] });
    expect(await tables()).toEqual(before);
    const done = await importFile(fileRef, false);
    expect(done).toMatchObject({
      created: 10,
      updated: 0,
      unchanged: 0,
      errors: [],
      message: '读的是工作表“名册”。已新增 10 人，已更新 0 人，另有 0 人没有变化。',
    });
    const imported = await db()
      .selectFrom('people')
      .selectAll()
      .where('phone', 'like', '13700001%')
      .orderBy('id')
      .execute();
    expect(imported).toHaveLength(10);
    expect(imported[0]).toMatchObject({
      name: '导入甲',
      gender: '男',
      birth_year: 1940,
      joined_party_on: '1960-07',
      former_post: '市纺织厂 车间主任',
      roster_no: 'HW-100',
      status: 'active',
    });
    const zb002 = await db().selectFrom('org_units').select('id').where('code', '=', 'ZB002').executeTakeFirstOrThrow();
    expect(imported[9].org_unit_id).toBe(zb002.id);
    const grants = await db()
      .selectFrom('role_grants')
      .select(['role', 'org_unit_id'])
      .where(
        'person_id',
        'in',
        imported.map((p) => p.id),
      )
      .execute();
    expect(grants.every((g) => g.role === 'member') && grants.length === 10).toBe(true);
    const audit = await db().selectFrom('audit_log').selectAll().where('entity', '=', 'roster_import').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].after_json).not.toContain('导入');

    const snapshot = await tables();
    expect(await importFile(await uploaded(await xlsx(goodRows())), false)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 10,
    });
    expect((await tables()).people).toEqual(snapshot.people);

    // Row 2 changes post; row 3 changes phone but keeps its roster number; row 4 moves to another branch.
    const changed = goodRows();
    changed[0][5] = '市纺织厂 工会主席';
    changed[1][3] = '13811112222';
    changed[2][6] = ZHENHAI;
    const update = await importFile(await uploaded(await xlsx(changed)), false);
    expect(update).toMatchObject({ created: 0, updated: 3, unchanged: 7 });
    const after = await db()
      .selectFrom('people')
      .selectAll()
      .where(
        'id',
        'in',
        imported.slice(0, 3).map((p) => p.id),
      )
      .orderBy('id')
      .execute();
    expect(after[0].former_post).toBe('市纺织厂 工会主席');
    expect(after[1].phone).toBe('13811112222');
    const zhenhai = await db()
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '镇海社区离退休干部党支部')
      .executeTakeFirstOrThrow();
    expect(after[2].org_unit_id).toBe(zhenhai.id);
    expect(
      await db().selectFrom('role_grants').select('org_unit_id').where('person_id', '=', after[2].id).execute(),
    ).toEqual([{ org_unit_id: zhenhai.id }]);
  });

  it('reads csv too, UTF-8 with a BOM or GB18030 as Excel in China saves it', async () => {
    const lines = [
      [...ROSTER_HEADERS].join(','),
      `"陈, 新民",男,1945,13600002001,1970年7月,"市邮电局 ""老""投递员",${LOTUS}`,
      `钱秋菊,女,1950,+86 136 0000 2002,1975.3,,ZB003`,
    ];
    const utf8 = new TextEncoder().encode('\uFEFF' + lines.join('\r\n'));
    const result = await importFile(await uploaded(utf8, 'r.csv', 'text/csv'), false);
    expect(result).toMatchObject({ created: 2, errors: [] });
    const people = await db()
      .selectFrom('people')
      .selectAll()
      .where('phone', 'in', ['13600002001', '13600002002'])
      .orderBy('phone')
      .execute();
    expect(people.map((p) => [p.name, p.joined_party_on, p.former_post])).toEqual([
      ['陈, 新民', '1970-07', '市邮电局 "老"投递员'],
      ['钱秋菊', '1975-03', null],
    ]);
    // GB18030: the template's headers and one member (孙桂英), in the encoding Excel uses for "CSV" on a Chinese Windows.
    const gbk = Buffer.from(
      'd0d5c3fb2cd0d4b1f02cb3f6c9fac4eab7dd2ccad6bbfabac52cc8ebb5b3cab1bce42cd4adb5a5cebbd6b0cef12ccbf9d4dad6a7b2bf0d0acbefb9f0d3a22cc5ae2c313934392c31333630303030323030332c313937322d30352cb7c4d6afb3a72c5a423030330d0a',
      'hex',
    );
    const gb = await importFile(await uploaded(new Uint8Array(gbk), 'gb.csv', 'text/csv'), true);
    expect(gb).toMatchObject({ created: 1, errors: [] });
  });

  it('exports a roster that opens in a spreadsheet: phones in full for the admin, masked for a 驿站负责人; audited', async () => {
    const community = await db()
      .selectFrom('org_units')
      .selectAll()
      .where('name', '=', '莲花社区')
      .executeTakeFirstOrThrow();
    const full = await dataOf(call(admin, 'exportRoster', { orgUnitId: community.id }));
    expect(full.path).toMatch(/^\/files\/exports\/.+\.xlsx\?/);
    expect(full.url).toBe(`${host.baseUrl}${full.path}`);
    const rows = await download(full.path, admin);
    // The title line names the unit and the day; the header row follows it, unchanged, for the import to find.
    expect(rows[0][0]).toMatch(/^莲花社区 党员名册（\d{4}年\d{1,2}月\d{1,2}日导出）$/);
    expect(rows[1].slice(0, 7)).toEqual([...ROSTER_HEADERS]);
    expect(rows.length).toBeGreaterThan(40);
    const phones = rows.slice(2).map((r) => r[3]);
    expect(phones.every((p) => /^1\d{10}$/.test(p))).toBe(true);

    const manager = await db()
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'member60')
      .executeTakeFirstOrThrow();
    await dataOf(call(admin, 'grantRole', { personId: manager.id, role: 'post_manager', orgUnitId: community.id }));
    const managerToken = await login(host.baseUrl, 'member60');
    const masked = await dataOf(call(managerToken, 'exportRoster', { orgUnitId: community.id }));
    const maskedRows = await download(masked.path, managerToken);
    // The export lists whom the roster shows (backend/access/person-access.ts): nobody whose roles reach beyond the
    // manager's, so the city admin and the secretaries at home in the community are in the admin's file only.
    const wider = await db()
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .select(['people.id', 'people.name', 'role_grants.role'])
      .where('org_units.path', 'like', `${community.path}%`)
      .where('role_grants.role', 'not in', ['member', 'volunteer'])
      .execute();
    const names = (sheet: string[][]) => new Set(sheet.slice(2).map((r) => r[0]));
    for (const w of wider.filter((g) => g.role === 'admin' || g.role === 'secretary')) {
      expect(names(rows).has(w.name)).toBe(true);
      expect(names(maskedRows).has(w.name)).toBe(false);
    }
    expect(maskedRows.length).toBeLessThan(rows.length);
    expect(maskedRows.length).toBeGreaterThanOrEqual(rows.length - new Set(wider.map((w) => w.id)).size);
    expect(maskedRows.slice(2).every((r) => /^1\d\d\*{4}\d{4}$/.test(r[3]))).toBe(true);
    const audits = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'export')
      .where('action', '=', 'exportRoster')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => JSON.parse(a.after_json ?? '{}').fullPhones)).toEqual([rows.length - 2, 0]);
    // Outside one's scope: refused.
    const other = await db()
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '青松社区')
      .executeTakeFirstOrThrow();
    refused(await call(managerToken, 'exportRoster', { orgUnitId: other.id }), 'FORBIDDEN');
  });
});

function refused(reply: ApiReply<unknown>, code: string) {
  expect(reply.body.ok).toBe(false);
  if (!reply.body.ok) {
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
}
