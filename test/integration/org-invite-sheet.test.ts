// 生成邀请单 asks first: before a sheet is made, inviteSheetPlan says how many slips it will print and how many
// earlier unused codes it will void, so the screen can ask "会作废之前还没用的2张邀请码，确定吗？". Over real HTTP on
// SQLite and PostgreSQL; the plan writes nothing and is refused outside the caller's branches.
import type { AccountApi } from '../../contracts/account';
import type { OrgApi } from '../../contracts/org';
import { dataOf, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

describe.each(availableEngines())('the invitation sheet plan on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  const as = tokensByHandle(() => host);
  const account = async <A extends keyof AccountApi>(
    handle: string,
    action: A,
    data: unknown,
  ): Promise<ApiReply<AccountApi[A]['output']>> =>
    post<AccountApi[A]['output']>(host.baseUrl, 'account', { action, data }, await as(handle));
  const org = async <A extends keyof OrgApi>(handle: string, action: A, data: unknown) =>
    dataOf(post<OrgApi[A]['output']>(host.baseUrl, 'org', { action, data }, await as(handle)));
  const writes = async () => ({
    invitations: await db().selectFrom('invitations').selectAll().orderBy('id').execute(),
    audit: (await db().selectFrom('audit_log').select('id').execute()).length,
  });

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('counts the slips and the unused codes a sheet will void, writing nothing; refuses another branch', async () => {
    const community = await db()
      .selectFrom('org_units')
      .select('id')
      .where('name', '=', '镇海社区')
      .executeTakeFirstOrThrow();
    const branch = await org('admin', 'createOrgUnit', {
      parentId: community.id,
      name: '镇海社区邀请单支部',
      level: 'branch',
    });
    const names = ['黄玉兰', '郑永胜', '周桂芳'];
    const added = [];
    for (const name of names) added.push(await org('admin', 'addPerson', { orgUnitId: branch.unit.id, name }));

    const empty = await dataOf(account('admin', 'inviteSheetPlan', { orgUnitId: branch.unit.id }));
    expect(empty).toEqual({ branchName: '镇海社区邀请单支部', slips: 3, openCodes: 0, skipped: 0 });

    // Two members got a code each that they have not used; one of them also had one voided already.
    await dataOf(account('admin', 'createInvite', { personId: added[0].person.id }));
    await dataOf(account('admin', 'createInvite', { personId: added[1].person.id }));
    await dataOf(account('admin', 'createInvite', { personId: added[1].person.id }));
    const before = await writes();
    const plan = await dataOf(account('admin', 'inviteSheetPlan', { orgUnitId: branch.unit.id }));
    expect(plan).toEqual({ branchName: '镇海社区邀请单支部', slips: 3, openCodes: 2, skipped: 0 });
    expect(await writes()).toEqual(before);

    const refused = await account('secretary1', 'inviteSheetPlan', { orgUnitId: branch.unit.id });
    expect(refused.body.ok).toBe(false);
    if (!refused.body.ok) expect(refused.body.error.code).toBe('FORBIDDEN');
    const member = await account('member1', 'inviteSheetPlan', { orgUnitId: branch.unit.id });
    expect(member.body.ok).toBe(false);

    // The sheet then voids exactly those two, and a plan made after it counts the sheet's own codes.
    const sheet = await dataOf(account('admin', 'inviteSheet', { orgUnitId: branch.unit.id }));
    expect(sheet.slips).toHaveLength(3);
    expect(await dataOf(account('admin', 'inviteSheetPlan', { orgUnitId: branch.unit.id }))).toMatchObject({
      openCodes: 3,
    });
  });
});
