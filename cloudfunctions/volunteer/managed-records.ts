// A record a manager is about to act on: it exists, the caller manages its post, and it is not their own
// (whoever records certifies, and nobody certifies their own service).
import type { VolRecordRow } from '../../backend/data/schema-volunteer';
import { findPost, managesPost } from '../../backend/data/volunteer';
import { fail } from '../../backend/runtime/app-error';
import type { ContextFor } from '../../backend/runtime/define-function';

type Ctx = ContextFor<{ roles: readonly ('post_manager' | 'admin')[] }>;

export async function requireManagedRecord(ctx: Ctx, recordId: number, verb: string): Promise<{ record: VolRecordRow; post: NonNullable<Awaited<ReturnType<typeof findPost>>> }> {
  const db = ctx.deps.database.db;
  const record = await db.selectFrom('vol_records').selectAll().where('id', '=', recordId).executeTakeFirst();
  if (!record) throw fail.notFound('没有找到这条服务记录。');
  const post = await findPost(db, record.post_id);
  if (!post || !(await managesPost(db, ctx.caller, post))) throw fail.forbidden(`这条记录属于别的驿站，您不能${verb}。`);
  if (record.person_id === ctx.caller.person.id) throw fail.forbidden(`这是您自己的服务记录，不能由您自己${verb}，请请其他负责人办理。`);
  if (record.status === 'open') throw fail.conflict('这位志愿者还没有签退，签退后才能处理。');
  return { record, post };
}
