// The number on 我的 and 首页: how many of the caller's messages are unread.
import { unreadCountInput, type InboxApi } from '../../../../contracts/inbox';
import { countUnread } from '../../../data/messages';
import { action } from '../../../runtime/define-function';

export const unreadCount = action(
  {
    access: 'person',
    input: unreadCountInput,
  },
  async function unreadCount(_input, { deps, caller }): Promise<InboxApi['unreadCount']['output']> {
    return { unread: await countUnread(deps.database.db, caller.person.id) };
  },
);
