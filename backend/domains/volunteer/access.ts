// Who may act on a post and its records: the post's managers (named on it, or an admin over its unit), never on
// their own service record (whoever records certifies, and nobody certifies their own service).
import type { VolRecordRow } from './schema';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../data/schema';
import { canActOn, hasAnyRole } from '../../rules/org-scope';
import { findPost, POST_ADMIN_ROLES } from './queries/volunteer';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';
import type { ContextFor } from '../../runtime/define-function';
import type { Deps } from '../../runtime/deps';

type Db = Kysely<Schema> | Transaction<Schema>;
type Ctx = ContextFor<{ roles: readonly ('post_manager' | 'admin')[] }>;

/** The caller manages the post, or is refused: "您不是这个驿站的负责人，不能<doing>。" */
export async function requireManagedPost(
  deps: Deps,
  caller: PersonCaller,
  post: { id: number; org_path: string },
  doing: string,
): Promise<void> {
  if (!(await managesPost(deps.database.db, caller, post)))
    throw fail.forbidden(`您不是这个驿站的负责人，不能${doing}。`);
}

/** A record a manager is about to act on: it exists, the caller manages its post, and it is not their own. */
export async function requireManagedRecord(
  ctx: Ctx,
  recordId: number,
  verb: string,
): Promise<{ record: VolRecordRow; post: NonNullable<Awaited<ReturnType<typeof findPost>>> }> {
  const db = ctx.deps.database.db;
  const record = await db.selectFrom('vol_records').selectAll().where('id', '=', recordId).executeTakeFirst();
  if (!record) throw fail.notFound('没有找到这条服务记录。');
  const post = await findPost(db, record.post_id);
  if (!post || !(await managesPost(db, ctx.caller, post)))
    throw fail.forbidden(`这条记录属于别的驿站，您不能${verb}。`);
  if (record.person_id === ctx.caller.person.id)
    throw fail.forbidden(`这是您自己的服务记录，不能由您自己${verb}，请请其他负责人办理。`);
  if (record.status === 'open') throw fail.conflict('这位志愿者还没有签退，签退后才能处理。');
  return { record, post };
}

/** Whether the caller manages the post: an admin over its unit, or a post manager named on it. */
export async function managesPost(
  db: Db,
  caller: Pick<PersonCaller, 'grants' | 'person'>,
  post: { id: number; org_path: string },
): Promise<boolean> {
  if (canActOn(caller.grants, POST_ADMIN_ROLES, post.org_path)) return true;
  if (!hasAnyRole(caller.grants, ['post_manager'])) return false;
  const row = await db
    .selectFrom('vol_post_managers')
    .select('post_id')
    .where('post_id', '=', post.id)
    .where('person_id', '=', caller.person.id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of every post the caller manages (named on, or inside an admin's subtree). */
export async function managedPostIds(db: Db, caller: Pick<PersonCaller, 'grants' | 'person'>): Promise<number[]> {
  const adminRoots = caller.grants.filter((g) => g.role === 'admin').map((g) => g.orgPath);
  const named = hasAnyRole(caller.grants, ['post_manager'])
    ? (
        await db.selectFrom('vol_post_managers').select('post_id').where('person_id', '=', caller.person.id).execute()
      ).map((r) => r.post_id)
    : [];
  let inTree: number[] = [];
  if (adminRoots.length > 0) {
    const rows = await db
      .selectFrom('vol_posts')
      .innerJoin('org_units', 'org_units.id', 'vol_posts.org_unit_id')
      .select(['vol_posts.id', 'org_units.path'])
      .execute();
    inTree = rows.filter((r) => adminRoots.some((root) => r.path.startsWith(root))).map((r) => r.id);
  }
  return [...new Set([...named, ...inTree])];
}
