// 我管理的驿站: the posts the caller manages, for the manager's screens (code, queue, report).
import { none } from '../../../../contracts/fields';
import type { VolunteerApi } from '../../../../contracts/volunteer';
import { postSummary } from '../queries/volunteer';
import { managedPostIds } from '../access';
import { action } from '../../../runtime/define-function';

export const managedPosts = action(
  {
    access: 'person',
    input: none,
  },
  async function managedPosts(_input, ctx): Promise<VolunteerApi['managedPosts']['output']> {
    const db = ctx.deps.database.db;
    const ids = await managedPostIds(db, ctx.caller);
    if (ids.length === 0) return { posts: [] };
    const rows = await db.selectFrom('vol_posts').selectAll().where('id', 'in', ids).orderBy('id').execute();
    return { posts: rows.map((p) => postSummary(p)) };
  },
);
