// 我的消息: the caller's own messages, newest first, a page at a time, with how many are unread.
import {
  MESSAGES_PER_PAGE,
  myMessagesInput,
  type InboxApi,
  type InboxMessage,
  type MessageKind,
} from '../../../../contracts/inbox';
import { countUnread, listMessages } from '../../../data/messages';
import type { MessageRow } from '../../../data/schema';
import { action } from '../../../runtime/define-function';

export const toInboxMessage = (row: MessageRow): InboxMessage => ({
  id: row.id,
  kind: row.kind as MessageKind,
  text: row.text,
  link:
    row.link_page === null
      ? null
      : { page: row.link_page, params: JSON.parse(row.link_params_json) as Record<string, string> },
  createdAt: row.created_at,
  read: row.read_at !== null,
});

export const myMessages = action(
  {
    access: 'person',
    input: myMessagesInput,
  },
  async function myMessages(
    { before, limit = MESSAGES_PER_PAGE },
    { deps, caller },
  ): Promise<InboxApi['myMessages']['output']> {
    const db = deps.database.db;
    // One more than asked tells whether another page follows.
    const rows = await listMessages(db, caller.person.id, { before, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      messages: page.map(toInboxMessage),
      unread: await countUnread(db, caller.person.id),
      next: rows.length > limit ? page[page.length - 1].id : null,
    };
  },
);
