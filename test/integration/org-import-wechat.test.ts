// Roster import from the mini-program, on SQLite and PostgreSQL: the file a secretary picked from a WeChat chat is
// uploaded to cloud storage (a cloud:// id) and handed to org.importRoster as a WeChat caller would, with WeChat
// cloud functions' deps (no spreadsheet reader). Cloud storage is the one stand-in: a map of file ids to bytes.
import type { OrgApi } from '../../contracts/org';
import { ROSTER_HEADERS } from '../../backend/rules/roster';
import type { ClientUploads, Deps } from '../../backend/runtime/deps';
import { org } from '../../backend/domains/org/function';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type ImportReply =
  { ok: true; data: OrgApi['importRoster']['output'] } | { ok: false; error: { code: string; message: string } };

const OPENID = 'oWX-admin-roster';
const LOTUS = '东湖区/湖滨街道/莲花社区/莲花社区离退休干部党支部';

/** WeChat cloud storage as the mini-program's wx.cloud.uploadFile leaves it. */
function cloudStorage(): ClientUploads & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    owns: (ref) => ref.startsWith('cloud://'),
    fetch: async (ref) => files.get(ref) ?? null,
    discard: async (ref) => void files.delete(ref),
  };
}

const csv = (...rows: string[]) => new TextEncoder().encode([[...ROSTER_HEADERS].join(','), ...rows].join('\r\n'));

describe.each(availableEngines())('roster import from the mini-program on %s', (engine) => {
  let host: TestHost;
  let storage: ReturnType<typeof cloudStorage>;
  let wechatDeps: Deps;
  let adminId: number;
  const importFile = async (fileRef: string, dryRun: boolean) =>
    (await org.handle(
      { action: 'importRoster', data: { fileRef, dryRun } },
      { source: 'wechat', openid: OPENID },
      wechatDeps,
    )) as ImportReply;
  const upload = (name: string, bytes: Uint8Array) => {
    const ref = `cloud://fake-env.fake-bucket/roster-uploads/${name}`;
    storage.files.set(ref, bytes);
    return ref;
  };

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    const db = host.deps.database.db;
    const admin = await db
      .selectFrom('people')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .select('people.id')
      .where('role_grants.role', '=', 'admin')
      .executeTakeFirstOrThrow();
    adminId = admin.id;
    await db
      .insertInto('identities')
      .values({ provider: 'wechat', subject: OPENID, person_id: adminId, created_at: new Date().toISOString() })
      .execute();
    storage = cloudStorage();
    // As in a WeChat cloud function: no spreadsheet reader (exceljs is not in the bundles).
    wechatDeps = { ...host.deps, clientUploads: storage, spreadsheets: undefined };
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('checks a CSV uploaded from a chat, keeps it in the store, and imports it by the key the check answered', async () => {
    const ref = upload(
      'a.csv',
      csv(`周卫国,男,1948,13600003001,1972-05,,${LOTUS}`, `吴桂兰,女,1951,13600003002,1976-01,,ZB003`),
    );
    const checked = await importFile(ref, true);
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    expect(checked.data).toMatchObject({ created: 2, errors: [], dryRun: true });
    expect(checked.data.fileRef).toMatch(/^uploads\/[0-9a-f-]{36}\.csv$/);
    // The cloud copy is gone; the store's copy has a row naming its owner, as a host upload has.
    expect(storage.files.has(ref)).toBe(false);
    const row = await host.deps.database.db
      .selectFrom('files')
      .selectAll()
      .where('key', '=', checked.data.fileRef)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: 'upload', owner_id: adminId, mime: 'text/csv' });
    expect(
      await host.deps.database.db
        .selectFrom('people')
        .select('id')
        .where('phone', '=', '13600003001')
        .executeTakeFirst(),
    ).toBeUndefined();

    const imported = await importFile(checked.data.fileRef, false);
    expect(imported).toMatchObject({
      ok: true,
      data: { created: 2, errors: [], dryRun: false, fileRef: checked.data.fileRef },
    });
    const people = await host.deps.database.db
      .selectFrom('people')
      .select('name')
      .where('phone', 'in', ['13600003001', '13600003002'])
      .orderBy('phone')
      .execute();
    expect(people.map((p) => p.name)).toEqual(['周卫国', '吴桂兰']);
  });

  it('says in a sentence that an .xlsx cannot be read in the mini-program, and refuses what is no roster', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    const xlsx = await importFile(upload('b.xlsx', zip), true);
    expect(xlsx).toMatchObject({ ok: true, data: { errors: [{ row: 1, message: expect.stringMatching(/网页版/) }] } });
    const pdf = await importFile(upload('c.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 0])), true);
    expect(pdf).toMatchObject({
      ok: true,
      data: { created: 0, errors: [{ row: 1, message: expect.stringMatching(/不是 Excel（.xlsx）或 CSV/) }] },
    });
  });

  it('answers an upload that is not there with NOT_FOUND, and a file id of another shape as invalid', async () => {
    expect(await importFile('cloud://fake-env.fake-bucket/roster-uploads/none.csv', true)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/重新上传/) },
    });
    expect(await importFile('cloud://fake-env.fake-bucket/../etc/passwd', true)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
