// 班次: a post's shift occurrences for the coming days (14 by default), places taken, and the caller's own.
import { shiftsInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findPost } from '../queries/volunteer';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadOccurrences } from './occurrences';

export const shifts = action(
  {
    access: 'public',
    input: shiftsInput,
  },
  async function shifts({ postId, days }, ctx): Promise<VolunteerApi['shifts']['output']> {
    const db = ctx.deps.database.db;
    if (!(await findPost(db, postId))) throw fail.notFound('没有找到这个驿站，它可能已经撤销了。');
    return {
      occurrences: await loadOccurrences(
        db,
        postId,
        ctx.deps.now(),
        days,
        ctx.caller.kind === 'person' ? ctx.caller.person.id : null,
      ),
    };
  },
);
