// The shared help requests (backend/help-requests) on both engines: a request opened in a transaction answers its
// id and status; a window already begun, a service outside the catalogue or an elder off the roster is refused
// with a sentence and leaves every table as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../backend/data/database';
import { migrateToLatest } from '../../backend/data/migrate';
import { openHelpRequest, type NewHelpRequest } from '../../backend/help-requests/open';
import { AppError } from '../../backend/runtime/app-error';
import { availableEngines } from '../support/engines';
import { createPostgresDatabase } from '../support/start-host';
import { snapshotTables } from '../support/table-snapshot';

const now = new Date('2026-12-07T02:00:00.000Z');
const at = now.toISOString();

describe.each(availableEngines())('help requests on %s', (engine) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let elderId: number;
  let relativeId: number;
  let goneId: number;
  let unitId: number;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const pg = await createPostgresDatabase();
      database = await openDatabase({ url: pg.url, dataDir: '' });
      cleanup = pg.drop;
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'sp-help-requests-'));
      database = await openDatabase({ dataDir });
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
    await migrateToLatest(database);
    const db = database.db;
    const unit = await db
      .insertInto('org_units')
      .values({
        name: '桃园社区',
        level: 'community',
        parent_id: null,
        path: '/',
        created_at: at,
        code: null,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitId = unit.id;
    await db
      .updateTable('org_units')
      .set({ path: `/${unitId}/` })
      .where('id', '=', unitId)
      .execute();
    const person = async (name: string, status: 'active' | 'deceased' = 'active') =>
      (
        await db
          .insertInto('people')
          .values({
            name,
            handle: null,
            org_unit_id: unitId,
            phone: null,
            gender: null,
            birth_year: 1940,
            joined_party_on: null,
            former_post: null,
            status,
            status_on: null,
            skills: null,
            roster_no: null,
            search_key: null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    elderId = await person('李秀兰');
    relativeId = await person('李明');
    goneId = await person('王德福', 'deceased');
  });

  afterAll(async () => {
    await database.close();
    await cleanup();
  });

  const request = (over: Partial<NewHelpRequest> = {}): NewHelpRequest => ({
    personId: elderId,
    requestedBy: relativeId,
    category: '健康助老',
    service: '陪诊',
    startsAt: '2026-12-08T01:00:00.000Z',
    endsAt: '2026-12-08T03:00:00.000Z',
    place: '桃园小区3栋2单元501',
    urgency: 'soon',
    source: 'casework',
    sourceRef: 17,
    ...over,
  });

  it('opens a request for the elder, in the elder’s unit, and answers its id and status', async () => {
    const opened = await database.db.transaction().execute((trx) => openHelpRequest(trx, request(), now));
    expect(opened.status).toBe('open');
    const row = await database.db
      .selectFrom('help_requests')
      .selectAll()
      .where('id', '=', opened.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      person_id: elderId,
      org_unit_id: unitId,
      requested_by: relativeId,
      service: '陪诊',
      status: 'open',
      helper_id: null,
      source: 'casework',
      source_ref: 17,
      created_at: at,
    });
    const held = await database.db
      .transaction()
      .execute((trx) =>
        openHelpRequest(trx, request({ awaitingApproval: true, source: 'timebank', sourceRef: null }), now),
      );
    expect(held.status).toBe('awaiting_approval');
  });

  it.each([
    ['a window already begun', { startsAt: at }, 'VALIDATION', '这个时间已经过去了，请选一个以后的时间。'],
    ['a service outside the catalogue', { service: '修电脑' }, 'VALIDATION', '这项帮助不在服务目录里，请重新选择。'],
    ['a service under another area', { category: '文化养老' }, 'VALIDATION', '这项帮助不在服务目录里，请重新选择。'],
    ['an unknown elder', { personId: 999_999 }, 'NOT_FOUND', '没有找到这位老人，或者他已经不在名册上了。'],
  ] as const)('refuses %s with a sentence and writes nothing', async (_what, over, code, message) => {
    const before = await snapshotTables(database.db);
    const attempt = database.db.transaction().execute((trx) => openHelpRequest(trx, request(over), now));
    await expect(attempt).rejects.toEqual(new AppError(code, message));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await snapshotTables(database.db)).toEqual(before);
  });

  it('refuses an elder no longer on the roster', async () => {
    const before = await snapshotTables(database.db);
    await expect(
      database.db.transaction().execute((trx) => openHelpRequest(trx, request({ personId: goneId }), now)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshotTables(database.db)).toEqual(before);
  });
});
