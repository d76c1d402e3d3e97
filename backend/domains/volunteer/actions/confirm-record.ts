// 确认记录: a manager of the post certifies a closed record as it stands; the volunteer is told in the inbox.
import { recordIdInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { notify } from '../../../data/messages';
import { loadServiceRecords } from '../queries/volunteer';
import { recordMinutes } from '../../../ledger/queries';
import { hoursOf } from '../rules/hours';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { MANAGER_ROLES } from './create-shift';
import { requireManagedRecord } from '../access';
import { RECORDS_PAGE } from '../pages';
import { minutesWords } from '../../../../contracts/time-words';

export const confirmRecord = action(
  {
    access: { roles: MANAGER_ROLES },
    input: recordIdInput,
    limit: { points: 120, seconds: 60 },
  },
  async function confirmRecord({ recordId }, ctx): Promise<VolunteerApi['confirmRecord']['output']> {
    const { deps, caller } = ctx;
    const { record, post } = await requireManagedRecord(ctx, recordId, '确认');
    if (record.status === 'confirmed' || record.status === 'corrected') throw fail.conflict('这条记录已经确认过了。');
    const now = deps.now();
    const minutes = await recordMinutes(deps.database.db, record.id);
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('vol_records')
        .set({ status: 'confirmed', confirmed_by: caller.person.id, confirmed_at: now.toISOString() })
        .where('id', '=', record.id)
        .execute();
      await notify(
        trx,
        record.person_id,
        {
          kind: 'volunteer_record_confirmed',
          text: `您在${post.name}的服务记录已确认，计 ${minutesWords(minutes)}。`,
          link: { page: RECORDS_PAGE, params: {} },
        },
        now,
      );
      await audit({
        entity: 'vol_record',
        entityId: record.id,
        before: { status: record.status },
        after: { status: 'confirmed', hours: hoursOf(minutes) },
      });
      const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
      return { record: view, message: `已确认，记 ${minutesWords(minutes)}。` };
    });
  },
);
