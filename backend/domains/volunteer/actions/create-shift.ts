// 新增班次: a weekly shift at a post, by whoever manages the post (its named manager, or an admin above it).
import { SCOPES } from '../../../../contracts/roles';
import { createShiftInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findPost } from '../queries/volunteer';
import { requireManagedPost } from '../access';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const MANAGER_ROLES = SCOPES.managePosts;

export const createShift = action(
  {
    access: { roles: MANAGER_ROLES },
    input: createShiftInput,
    limit: { points: 60, seconds: 600 },
  },
  async function createShift(input, ctx): Promise<VolunteerApi['createShift']['output']> {
    const { deps, caller } = ctx;
    const post = await findPost(deps.database.db, input.postId);
    if (!post) throw fail.notFound('没有找到这个驿站。');
    await requireManagedPost(deps, caller, post, '为它安排班次');
    return ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('vol_shifts')
        .values({
          post_id: post.id,
          weekday: input.weekday,
          starts: input.starts,
          ends: input.ends,
          capacity: input.capacity,
          service: input.service,
          created_at: deps.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({ entity: 'vol_shift', entityId: id, after: input });
      return { shift: { id } };
    });
  },
);
