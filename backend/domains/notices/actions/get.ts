// One notice in full. Readers get it while it shows and is addressed to them; its managers (and those who see its
// receipts) get it at any time. Opening it is recorded by markRead, which the detail page calls.
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { findReceipt } from '../queries/notices';
import { action } from '../../../runtime/define-function';
import { loadForCaller } from '../access';
import { toDetail } from './summaries';

export const get = action(
  {
    access: 'person',
    input: noticeInput,
  },
  async function get(input, { deps, caller }): Promise<NoticesApi['get']['output']> {
    const db = deps.database.db;
    const access = await loadForCaller(db, input.noticeId, caller, deps.now());
    const receipt = await findReceipt(db, input.noticeId, caller.person.id);
    return { notice: toDetail(access, receipt) };
  },
);
