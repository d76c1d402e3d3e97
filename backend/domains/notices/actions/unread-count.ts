// How many showing notices the caller has not opened: the badge on 首页 and 我的.
import { listInput, type NoticesApi } from '../../../../contracts/notices';
import { countUnopenedNotices } from '../../../data/notices-for-reader';
import { pathIds } from '../../../common/org-paths';
import { action } from '../../../runtime/define-function';

export const unreadCount = action(
  {
    access: 'person',
    input: listInput,
  },
  async function unreadCount(_input, { deps, caller }): Promise<NoticesApi['unreadCount']['output']> {
    return {
      count: await countUnopenedNotices(deps.database.db, caller.person.id, pathIds(caller.orgUnit.path), deps.now()),
    };
  },
);
