// 驿站页面: where a post is, when it is open, the services on this week and the shifts to join. Public (a resident
// scanning the post's poster sees it too); a signed-in volunteer also sees which shifts are theirs.
import { postInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findPost, postSummary } from '../queries/volunteer';
import { managesPost } from '../access';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadOccurrences } from './occurrences';

export const post = action(
  {
    access: 'public',
    input: postInput,
  },
  async function post({ id }, ctx): Promise<VolunteerApi['post']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const row = await findPost(db, id);
    if (!row) throw fail.notFound('没有找到这个驿站，它可能已经撤销了。');
    const personId = caller.kind === 'person' ? caller.person.id : null;
    const thisWeek = await loadOccurrences(db, row.id, deps.now(), 7, personId);
    return {
      ...postSummary(row),
      orgUnitName: row.org_name,
      contactName: row.contact_name,
      contactPhone: row.contact_phone,
      thisWeek,
      manages: caller.kind === 'person' ? await managesPost(db, caller, row) : false,
    };
  },
);
