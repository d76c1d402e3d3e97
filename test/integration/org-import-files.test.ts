// Roster files as a bureau really has them (issue 17), over real HTTP on SQLite and PostgreSQL: each file made the
// way WPS, LibreOffice or last year's Excel makes it — a hidden stale first sheet, a visible 填表说明 sheet first, a
// merged title row above the header, full-width digits, names typed with a space, years and months kept as Excel
// date cells, an .ods (made by LibreOffice, test/fixtures/roster.ods) — the untouched template, a dry run that names
// who changes, and our own export imported back unchanged.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OrgApi } from '../../contracts/org';
import { ROSTER_HEADERS } from '../../backend/rules/roster';
import { dataOf, login, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type Out<A extends keyof OrgApi> = OrgApi[A]['output'];
type Cell = string | number | Date;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LOTUS = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
const HEADERS = [...ROSTER_HEADERS, '花名册编号'];

/** One person's row in the template's columns. */
function row(name: string, phone: Cell, extra: Partial<Record<'gender' | 'birth' | 'joined' | 'no', Cell>> = {}) {
  return [
    name,
    extra.gender ?? '男',
    extra.birth ?? 1950,
    phone,
    extra.joined ?? '1975-07',
    '车间主任',
    LOTUS,
    extra.no ?? '',
  ];
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each(availableEngines())('roster files from other tools on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  let admin: string;
  const call = <A extends keyof OrgApi>(token: string, action: A, data: unknown): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'org', { action, data }, token);
  const upload = async (bytes: Uint8Array, name = 'roster.xlsx', mime = XLSX_MIME) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: mime }), name);
    const res = await fetch(`${host.baseUrl}/upload/roster`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as
        { ok: true; data: { fileRef: string } } | { ok: false; error: { code: string; message: string } },
    };
  };
  const importBytes = async (bytes: Uint8Array, dryRun: boolean) => {
    const reply = await upload(bytes);
    if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
    return dataOf(call(admin, 'importRoster', { fileRef: reply.body.data.fileRef, dryRun }));
  };
  const people = () => db().selectFrom('people').selectAll().orderBy('id').execute();
  const byPhone = (phone: string) =>
    db().selectFrom('people').selectAll().where('phone', '=', phone).executeTakeFirstOrThrow();
  const download = async (link: string) => {
    const res = await fetch(host.baseUrl + link, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('reads the active, visible sheet, never a hidden stale first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const stale = wb.addWorksheet('旧名单', { state: 'hidden' });
    stale.addRow(HEADERS);
    stale.addRow(row('旧名单里的人', '13700008801'));
    const current = wb.addWorksheet('党员名册');
    current.addRow(HEADERS);
    current.addRow(row('表一新人', '13700008802'));
    wb.views = [{ activeTab: 1, firstSheet: 0, x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' }];
    const before = await people();
    const done = await importBytes(await bytesOf(wb), false);
    expect(done).toMatchObject({ created: 1, errors: [] });
    expect(done.message).toContain('党员名册');
    const after = await people();
    expect(after.map((p) => p.name).slice(before.length)).toEqual(['表一新人']);
  });

  it('chooses a sheet by its headers (a 填表说明 sheet comes first), finds the header under a merged title row, and names the sheet in its messages', async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('填表说明');
    notes.addRow(['请按下表填写，手机号写 11 位。']);
    const sheet = wb.addWorksheet('一支部');
    sheet.addRow(['莲花社区第一支部党员名册']);
    sheet.mergeCells(1, 1, 1, HEADERS.length);
    sheet.addRow(HEADERS);
    sheet.addRow(row('标题行下的人', '13700008803'));
    sheet.addRow(row('号码不对的人', '1370000880'));
    const dry = await importBytes(await bytesOf(wb), true);
    expect(dry.errors).toHaveLength(1);
    // The title is row 1 and the header row 2, so the bad person is on row 4, as Excel shows it.
    expect(dry.errors[0].row).toBe(4);
    expect(dry.errors[0].message).toContain('一支部');
    expect(dry.errors[0].message).toContain('第 4 行');
    expect(dry.message).toContain('一支部');
    sheet.spliceRows(4, 1);
    expect(await importBytes(await bytesOf(wb), false)).toMatchObject({ created: 1, errors: [] });
    expect((await byPhone('13700008803')).name).toBe('标题行下的人');
  });

  it('names the sheet read when no sheet has the headers', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填表说明').addRow(['请按下表填写']);
    wb.addWorksheet('名单').addRow(['姓名', '电话']);
    const dry = await importBytes(await bytesOf(wb), true);
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0].message).toMatch(/填表说明|名单/);
    expect(dry.errors[0].message).toContain('表头缺少');
  });

  it('takes full-width digits and spaces in phones, and says what is wrong with a wrong one', async () => {
    const file = async (rows: Cell[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('名册');
      ws.addRow(HEADERS);
      for (const r of rows) ws.addRow(r);
      return bytesOf(wb);
    };
    const fullWidth = row('全角号码', '１３８ ００１３ ８０１１');
    const dry = await importBytes(
      await file([fullWidth, row('十一位不像手机', '12345678901'), row('十位号码', '1380013801')]),
      true,
    );
    expect(dry.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(dry.errors[0].message).not.toContain('位数不对');
    expect(dry.errors[0].message).toContain('13');
    expect(dry.errors[1].message).toContain('位数不对');
    expect(await importBytes(await file([fullWidth]), false)).toMatchObject({ created: 1, errors: [] });
    expect((await byPhone('13800138011')).name).toBe('全角号码');
  });

  it('finds names typed with a space (张　三, 赵 六) by 张三 and 赵六, and shows them as typed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(HEADERS);
    ws.addRow(row('张　三', '13700008805'));
    ws.addRow(row('赵 六', '13700008806'));
    expect(await importBytes(await bytesOf(wb), false)).toMatchObject({ created: 2, errors: [] });
    for (const [query, shown] of [
      ['张三', '张　三'],
      ['赵六', '赵 六'],
    ]) {
      const found = await dataOf(call(admin, 'people', { query }));
      expect(found.people.map((p) => p.name)).toContain(shown);
    }
  });

  it('reads years and months kept as Excel date cells as the person sees them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(HEADERS);
    ws.addRow(
      row('日期格子', '13700008807', { birth: new Date(Date.UTC(1948, 0, 1)), joined: new Date(Date.UTC(1978, 6, 1)) }),
    );
    ws.addRow(row('只有年份', '13700008808', { joined: new Date(Date.UTC(1980, 0, 1)) }));
    ws.getCell('C2').numFmt = 'yyyy';
    ws.getCell('E2').numFmt = 'yyyy"年"m"月"';
    ws.getCell('E3').numFmt = 'yyyy"年"';
    expect(await importBytes(await bytesOf(wb), false)).toMatchObject({ created: 2, errors: [] });
    const first = await byPhone('13700008807');
    expect(first.birth_year).toBe(1948);
    expect(first.joined_party_on).toBe('1978-07');
    expect((await byPhone('13700008808')).joined_party_on).toBe('1980');
  });

  it('refuses an .ods (made by LibreOffice) by its bytes with a sentence, never as xlsx', async () => {
    const ods = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/roster.ods')));
    const reply = await upload(ods, 'roster.xlsx');
    expect(reply.status).toBe(415);
    expect(!reply.body.ok && reply.body.error.message).toContain('.ods');
    expect(!reply.body.ok && reply.body.error.message).not.toContain('表头');
  });

  it('skips the untouched template example with a sentence: nobody changes', async () => {
    const link = await dataOf(call(admin, 'rosterTemplate', {}));
    const template = await download(link.path);
    const before = await people();
    const dry = await importBytes(template, true);
    expect(dry).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(dry.message).toContain('示例');
    const done = await importBytes(template, false);
    expect(done).toMatchObject({ created: 0, updated: 0 });
    expect(await people()).toEqual(before);
  });

  it('names who changes in a dry run, field by field, and refuses to overwrite a different person', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(HEADERS);
    ws.addRow(row('改动前', '13700008809', { no: 'HW-8809' }));
    await importBytes(await bytesOf(wb), false);
    ws.getCell('C2').value = 1951;
    ws.getCell('F2').value = '工会主席';
    const dry = await importBytes(await bytesOf(wb), true);
    expect(dry.updated).toBe(1);
    expect(dry.changes).toEqual([
      {
        row: 2,
        name: '改动前',
        fields: [
          { field: '出生年份', from: '1950', to: '1951' },
          { field: '原单位职务', from: '车间主任', to: '工会主席' },
        ],
      },
    ]);
    const before = await people();
    ws.getCell('A2').value = '别的人';
    ws.getCell('B2').value = '女';
    const refused = await importBytes(await bytesOf(wb), false);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0].message).toContain('改动前');
    expect(refused.errors[0].message).toContain('别的人');
    expect(await people()).toEqual(before);
  });

  it('imports its own export back with every row unchanged, members without a phone included', async () => {
    const lotus = await db()
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '莲花社区离退休干部党支部')
      .executeTakeFirstOrThrow();
    const member = await db()
      .selectFrom('people')
      .select('id')
      .where('org_unit_id', '=', lotus.id)
      .where('handle', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await db().updateTable('people').set({ phone: null }).where('id', '=', member.id).execute();
    const link = await dataOf(call(admin, 'exportRoster', { orgUnitId: lotus.id }));
    const file = await download(link.path);
    const before = await people();
    const done = await importBytes(file, false);
    expect(done.errors).toEqual([]);
    expect(done).toMatchObject({ created: 0, updated: 0 });
    expect(done.unchanged).toBeGreaterThan(1);
    expect(await people()).toEqual(before);
  });
});
