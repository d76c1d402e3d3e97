// The number on 我的 and 首页: the caller's unread messages and the notices addressed to her she has not opened.
import { unreadCountInput, type InboxApi } from '../../../../contracts/inbox';
import { pathIds } from '../../../common/org-paths';
import { countUnread } from '../../../data/messages';
import { countUnopenedNotices } from '../../../data/notices-for-reader';
import { action } from '../../../runtime/define-function';

export const unreadCount = action(
  {
    access: 'person',
    input: unreadCountInput,
  },
  async function unreadCount(_input, { deps, caller }): Promise<InboxApi['unreadCount']['output']> {
    const db = deps.database.db;
    const [messages, notices] = await Promise.all([
      countUnread(db, caller.person.id),
      countUnopenedNotices(db, caller.person.id, pathIds(caller.orgUnit.path), deps.now()),
    ]);
    return { unread: messages + notices };
  },
);
