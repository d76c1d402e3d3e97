// A scan whose clientId this person already sent (a lost answer, the offline queue sending again): answered from
// the record it made, with nothing written. The id is scoped to the person: another's id never matches.
import type { CheckInResult, CheckOutResult } from '../../../../contracts/volunteer';
import { hoursOf } from '../rules/hours';
import { recordMinutes } from '../../../ledger/queries';
import type { ContextFor } from '../../../runtime/define-function';
import { minutesWords } from '../../../../contracts/time-words';
import { clockWords } from '../../../common/china-time';

type Ctx = ContextFor<{ roles: readonly ['volunteer'] }>;

export async function answerTakenScan(ctx: Ctx, clientId: string, kind: 'in'): Promise<CheckInResult | null>;
export async function answerTakenScan(ctx: Ctx, clientId: string, kind: 'out'): Promise<CheckOutResult | null>;
export async function answerTakenScan(
  ctx: Ctx,
  clientId: string,
  kind: 'in' | 'out',
): Promise<CheckInResult | CheckOutResult | null> {
  const db = ctx.deps.database.db;
  const taken = await db
    .selectFrom('vol_client_scans')
    .innerJoin('vol_records', 'vol_records.id', 'vol_client_scans.record_id')
    .innerJoin('vol_posts', 'vol_posts.id', 'vol_records.post_id')
    .select([
      'vol_client_scans.kind',
      'vol_records.id',
      'vol_records.check_in_at',
      'vol_records.check_out_at',
      'vol_records.counted',
      'vol_records.flags_json',
      'vol_records.shift_id',
      'vol_posts.name',
    ])
    .where('vol_client_scans.person_id', '=', ctx.caller.person.id)
    .where('vol_client_scans.client_id', '=', clientId)
    .executeTakeFirst();
  if (!taken || taken.kind !== kind) return null;
  const flags = JSON.parse(taken.flags_json) as string[];
  if (kind === 'in') {
    return {
      record: {
        id: taken.id,
        checkInAt: taken.check_in_at,
        postName: taken.name,
        flags,
        walkIn: taken.shift_id === null,
      },
      message: `这次签到已经记下了（${clockWords(new Date(taken.check_in_at))}），不用再扫。`,
    };
  }
  const minutes = await recordMinutes(db, taken.id);
  const hours = hoursOf(minutes);
  return {
    record: {
      id: taken.id,
      checkOutAt: taken.check_out_at ?? '',
      hours,
      counted: taken.counted === 1,
      flags,
      undoUntil: null,
    },
    message: `这次签退已经记下了，记${minutesWords(minutes)}，不用再扫。`,
  };
}
