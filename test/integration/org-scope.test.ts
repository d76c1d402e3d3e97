// Org-scope checks and subtree filters (backend/access/unit-scope.ts) against a real database, on both engines:
// a unit outside the caller's subtree is refused, a sibling whose id shares a prefix is never swallowed, and a
// stray wildcard never widens a filter.
import type { OrgLevel } from '../../contracts/roles';
import { inCallerScope, requireUnitInScope } from '../../backend/access/unit-scope';
import { inSubtrees } from '../../backend/data/org-units';
import type { ScopedGrant } from '../../backend/rules/org-scope';
import { AppError } from '../../backend/runtime/app-error';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

// A small tree of its own beside the demo city, with ids chosen so that "/900001/4/" is a prefix of "/900001/45/"
// as text: district 4 and district 45 of region 900001.
const REGION = 900001;
const tree: { id: number; level: OrgLevel; parent: number | null; path: string }[] = [
  { id: REGION, level: 'city', parent: null, path: `/${REGION}/` },
  { id: 900004, level: 'district', parent: REGION, path: `/${REGION}/4/` },
  { id: 900045, level: 'district', parent: REGION, path: `/${REGION}/45/` },
  { id: 900049, level: 'branch', parent: 900004, path: `/${REGION}/4/9/` },
];
const secretaryOf4: ScopedGrant = { role: 'secretary', orgUnitId: 900004, orgPath: `/${REGION}/4/` };
const memberOf45: ScopedGrant = { role: 'member', orgUnitId: 900045, orgPath: `/${REGION}/45/` };

describe.each(availableEngines())('org-scope queries on %s', (engine) => {
  let host: TestHost;

  beforeAll(async () => {
    host = await startHost({ engine });
    const at = new Date().toISOString();
    await host.deps.database.db
      .insertInto('org_units')
      .values(
        tree.map((u) => ({
          id: u.id,
          name: `测试单位${u.id}`,
          level: u.level,
          parent_id: u.parent,
          path: u.path,
          created_at: at,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await host?.stop();
  });

  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, message: (error as AppError).message };
  };

  it('answers the unit when a role of the scope is granted on it or above it', async () => {
    const db = host.deps.database.db;
    await expect(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', 900049)).resolves.toMatchObject({
      id: 900049,
      path: `/${REGION}/4/9/`,
    });
    await expect(requireUnitInScope(db, { grants: [secretaryOf4] }, ['secretary'], 900004)).resolves.toMatchObject({
      id: 900004,
    });
  });

  it('refuses a unit outside the subtree, a role outside the scope, and a missing unit, each in its own words', async () => {
    const db = host.deps.database.db;
    await expect(refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', 900045))).resolves.toEqual({
      code: 'FORBIDDEN',
      message: '这个单位不在您的管理范围内。',
    });
    await expect(refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', REGION))).resolves.toEqual({
      code: 'FORBIDDEN',
      message: '这个单位不在您的管理范围内。',
    });
    await expect(
      refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageLibrary', 900049)),
    ).resolves.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', 999_999_999)),
    ).resolves.toEqual({ code: 'NOT_FOUND', message: '没有找到这个单位。' });
    const words = { notFound: '没有找到这个支部。', forbidden: '这个支部不在您的管理范围内，不能为它发邀请码。' };
    await expect(
      refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', 900045, words)),
    ).resolves.toEqual({ code: 'FORBIDDEN', message: words.forbidden });
    await expect(
      refusal(requireUnitInScope(db, { grants: [secretaryOf4] }, 'manageBranch', 999_999_999, words)),
    ).resolves.toEqual({ code: 'NOT_FOUND', message: words.notFound });
  });

  it('filters a query to the caller’s subtrees: district 4 and its branch, never district 45', async () => {
    const ids = async (where: ReturnType<typeof inSubtrees>) =>
      (await host.deps.database.db.selectFrom('org_units').select('id').where(where).orderBy('id').execute()).map(
        (r) => r.id,
      );
    expect(await ids(inCallerScope({ grants: [secretaryOf4, memberOf45] }, 'manageBranch'))).toEqual([900004, 900049]);
    // Only the scope's roles count; without one, nothing at all.
    expect(await ids(inCallerScope({ grants: [memberOf45] }, 'manageBranch'))).toEqual([]);
    expect(await ids(inSubtrees('org_units.path', [`/${REGION}/`]))).toEqual([REGION, 900004, 900045, 900049]);
  });

  it('escapes wildcards, so a stray % or _ in a root matches nothing instead of everything', async () => {
    const count = async (roots: string[]) =>
      (
        await host.deps.database.db
          .selectFrom('org_units')
          .select('id')
          .where(inSubtrees('org_units.path', roots))
          .execute()
      ).length;
    expect(await count(['%'])).toBe(0);
    expect(await count([`/${REGION}/_/`])).toBe(0);
    expect(await count([`/${REGION}/4_/`])).toBe(0);
  });
});
