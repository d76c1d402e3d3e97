// 我的消息: the caller's own messages, newest first, a page at a time, with how many are unread; above them on the
// first page, the notices addressed to her that still wait for her (read from the notices when she asks, so a
// published notice is here whether or not 提醒 was pressed, and a withdrawn one leaves at once).
import {
  MESSAGES_PER_PAGE,
  WAITING_NOTICES_LISTED,
  myMessagesInput,
  type InboxApi,
  type InboxMessage,
  type InboxNotice,
  type MessageKind,
} from '../../../../contracts/inbox';
import { PAGES } from '../../../../contracts/pages';
import { pathIds } from '../../../common/org-paths';
import { countUnread, listMessages } from '../../../data/messages';
import { waitingNoticesFor } from '../../../data/notices-for-reader';
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

type WaitingRow = Awaited<ReturnType<typeof waitingNoticesFor>>[number];

const toInboxNotice = (row: WaitingRow): InboxNotice => ({
  id: row.id,
  title: row.title,
  important: row.importance === 'important',
  needsAck: row.needs_ack === 1,
  acknowledged: row.acknowledged_at !== null,
  read: row.read_at !== null,
  publishedAt: row.publish_at,
  audienceName: row.audience_name,
  link: { page: PAGES.notices.detail, params: { id: String(row.id) } },
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
    const personId = caller.person.id;
    // One more than asked tells whether another page follows.
    const [rows, unread, waiting] = await Promise.all([
      listMessages(db, personId, { before, limit: limit + 1 }),
      countUnread(db, personId),
      before === undefined
        ? waitingNoticesFor(db, personId, pathIds(caller.orgUnit.path), deps.now(), WAITING_NOTICES_LISTED)
        : Promise.resolve([]),
    ]);
    const page = rows.slice(0, limit);
    return {
      messages: page.map(toInboxMessage),
      unread,
      notices: waiting.map(toInboxNotice),
      next: rows.length > limit ? page[page.length - 1].id : null,
    };
  },
);
