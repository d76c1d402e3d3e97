// Marks messages read: some by id, or all. Only the caller's own: another person's ids match nothing, and the
// answer says how many were marked, so nothing reveals whether those ids exist.
import { markReadInput, type InboxApi } from '../../../../contracts/inbox';
import { countUnread, markMessagesRead } from '../../../data/messages';
import { action } from '../../../runtime/define-function';

export const markRead = action(
  {
    access: 'person',
    input: markReadInput,
  },
  async function markRead({ ids, all }, ctx): Promise<InboxApi['markRead']['output']> {
    const { deps, caller } = ctx;
    const personId = caller.person.id;
    const which = all ? 'all' : [...new Set(ids)];
    return ctx.transaction(async (trx, audit) => {
      const marked = await markMessagesRead(trx, personId, which, deps.now());
      await audit({ entity: 'messages', entityId: personId, after: { read: which, marked } });
      return { marked, unread: await countUnread(trx, personId) };
    });
  },
);
