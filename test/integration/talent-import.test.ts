// The existing talent list imported from a real .xlsx through the roster's own upload and parser, over real HTTP on
// SQLite and PostgreSQL: rows for people not yet on the roll and a field not in the list are refused by row number
// with nothing written; after the roster import of the same file, a dry run counts and writes nothing, the import
// makes the profiles (a paper consent dated, none where the file has no 同意日期), and the same file again changes
// nothing.
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { ROSTER_HEADERS, TALENT_HEADERS } from '../../backend/rules/roster';
import type { OrgApi } from '../../contracts/org';
import type { TalentApi } from '../../contracts/talent';
import { dataOf, login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { expectNothingWritten } from '../support/table-snapshot';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LOTUS = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';
const HEADERS = [...ROSTER_HEADERS, '特长', ...TALENT_HEADERS];
const DAY = 86_400_000;
// Each test uploads, reads in a worker thread and imports twice: slow on a shared 2-core machine.
jest.setTimeout(120_000);

/** A row of the bureau's list: the roster's columns, then 特长, 人才领域, 资质, 同意日期. */
const row = (name: string, phone: string, talent: [string, string, string, string]) => [
  name,
  '男',
  1952,
  phone,
  '1975-07',
  '区法院审判员',
  LOTUS,
  ...talent,
];

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('人才库名单');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each(availableEngines())('talent list import on %s', (engine) => {
  let host: TestHost;
  let admin: string;
  const db = (): Kysely<Schema> => host.deps.database.db;
  const upload = async (bytes: Uint8Array): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: XLSX_MIME }), '人才库名单.xlsx');
    const res = await fetch(`${host.baseUrl}/upload/roster`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    const body = (await res.json()) as { ok: true; data: { fileRef: string } };
    if (!body.ok) throw new Error(JSON.stringify(body));
    return body.data.fileRef;
  };
  const importTalents = (fileRef: string, dryRun: boolean) =>
    dataOf(
      post<TalentApi['importTalents']['output']>(
        host.baseUrl,
        'talent',
        { action: 'importTalents', data: { fileRef, dryRun } },
        admin,
      ),
    );
  const profileByPhone = (phone: string) =>
    db()
      .selectFrom('talent_profiles')
      .innerJoin('people', 'people.id', 'talent_profiles.person_id')
      .selectAll('talent_profiles')
      .where('people.phone', '=', phone)
      .executeTakeFirst();

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('imports the list after the roster, dates paper consents, and changes nothing the second time', async () => {
    // A paper consent signed 20 days ago, as a China day.
    const signed = new Date(Date.now() + 8 * 3600_000 - 20 * DAY).toISOString().slice(0, 10);
    const bytes = await workbook([
      row('林法官', '13700009901', ['民事调解、法律咨询', '法律服务', '原区人民法院审判员', signed]),
      row('陈医生', '13700009902', ['慢病指导', '医疗健康', '主任医师', '']),
      row('吴老师', '13700009903', ['', '', '', '']),
    ]);
    const fileRef = await upload(bytes);

    // Nobody of the file is on the roll yet: each talent row is refused by number, nothing written.
    const early = await expectNothingWritten(db(), () => importTalents(fileRef, false));
    expect(early.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(early.errors[0].message).toMatch(/^工作表“人才库名单”第 2 行：林法官还不在党员名册上.*导入党员名册/);

    // The same upload through the roster import makes the people; then the talent import, dry run first.
    await dataOf(
      post<OrgApi['importRoster']['output']>(
        host.baseUrl,
        'org',
        { action: 'importRoster', data: { fileRef, dryRun: false } },
        admin,
      ),
    );
    const checked = await expectNothingWritten(db(), () => importTalents(fileRef, true));
    expect(checked).toMatchObject({ created: 2, updated: 0, unchanged: 0, notTalents: 1, errors: [], dryRun: true });

    const done = await importTalents(fileRef, false);
    expect(done).toMatchObject({ created: 2, updated: 0, unchanged: 0, notTalents: 1, errors: [] });
    expect(done.message).toBe('导入好了：新加入人才库 2 人，更新 0 人，没有变化 0 人，没有填人才领域的 1 人。');
    const judge = await profileByPhone('13700009901');
    expect(judge).toMatchObject({
      field: '法律服务',
      specialities_json: JSON.stringify(['民事调解', '法律咨询']),
      qualifications: '原区人民法院审判员',
      consent_at: new Date(`${signed}T00:00:00+08:00`).toISOString(),
      withdrawn_at: null,
      listed: 0,
    });
    // No 同意日期: on the list, but with no consent until she agrees in the app.
    expect(await profileByPhone('13700009902')).toMatchObject({ field: '医疗健康', consent_at: null });
    expect(await profileByPhone('13700009903')).toBeUndefined();

    const again = await expectNothingWritten(db(), () => importTalents(fileRef, false), ['audit_log']);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, notTalents: 1, errors: [] });
  });

  it('refuses a field not in the list and a bad consent day by row number, with nothing written', async () => {
    // 林法官 is on the roll since the test before; the day is checked by the shared parser.
    const bytes = await workbook([
      row('林法官', '13700009901', ['看风水', '风水堪舆', '', '']),
      row('王女士', '13700009912', ['', '法律服务', '', '2025年2月30日']),
    ]);
    const fileRef = await upload(bytes);
    const refused = await expectNothingWritten(db(), () => importTalents(fileRef, false));
    expect(refused.errors).toEqual([
      { row: 2, message: expect.stringMatching(/^工作表“人才库名单”第 2 行：人才领域“风水堪舆”不在人才库的领域里/) },
      { row: 3, message: expect.stringMatching(/^工作表“人才库名单”第 3 行：同意日期“2025年2月30日”看不懂/) },
    ]);
    expect(refused.message).toBe('有 2 行需要改，改好以后再导入。这次什么都没有导入。');
  });
});
