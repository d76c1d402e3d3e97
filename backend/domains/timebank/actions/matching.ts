// A helper takes a request (accept), and the elder's side cancels one (cancelRequest). Each takes the request's row
// lock, so two helpers racing for one request cannot both get it.
import { cancelRequestInput, requestIdInput, type TimebankApi } from '../../../../contracts/timebank';
import { lockForUpdate } from '../../../common/row-locks';
import { chinaDateTimeWords } from '../../../common/china-time';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { managesPath } from '../access';
import { findRequest } from '../queries/requests';
import { viewerOf, helperMayTake } from './requests';

export const accept = action(
  { access: 'person', input: requestIdInput, limit: { points: 30, seconds: 60 } },
  async function accept({ requestId }, ctx): Promise<TimebankApi['accept']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const row = await findRequest(db, requestId);
    if (!row) throw fail.notFound('没有找到这次互助请求，它可能已经取消了。');
    if (row.helper_id === caller.person.id && row.status === 'matched')
      return { request: { id: row.id, status: row.status }, message: '这次帮助您已经接下了。' };
    if (!(await helperMayTake(db, caller.person.id, row)))
      throw fail.forbidden('这次请求不在您报名帮助的范围里（服务项目或街道不同），不能接。');
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'help_requests', row.id);
      if (!locked || locked.status !== 'open')
        throw new AppError('CONFLICT', '这次请求已经有人接了，或者已经取消了。谢谢您，请看看别的请求。');
      if (Date.parse(locked.starts_at) <= now.getTime())
        throw new AppError('CONFLICT', '这次请求的时间已经过了，不能再接。');
      const at = now.toISOString();
      await trx
        .updateTable('help_requests')
        .set({ status: 'matched', helper_id: caller.person.id, matched_at: at, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await audit({
        entity: 'help_request',
        entityId: row.id,
        before: { status: 'open' },
        after: { status: 'matched', helperId: caller.person.id },
      });
      return {
        request: { id: row.id, status: 'matched' as const },
        message: `您接下了：${chinaDateTimeWords(row.starts_at)}，帮${row.elder_name}${row.service}。地址是：${row.place}。到了请扫老人的服务卡签到。`,
      };
    });
  },
);

export const cancelRequest = action(
  { access: 'person', input: cancelRequestInput },
  async function cancelRequest({ requestId, reason }, ctx): Promise<TimebankApi['cancelRequest']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const row = await findRequest(db, requestId);
    const viewer = await viewerOf(db, caller);
    const me = caller.person.id;
    const mayCancel =
      row !== null &&
      (row.person_id === me ||
        row.requested_by === me ||
        viewer.eldersActedFor.has(row.person_id) ||
        managesPath(caller, row.unit_path));
    if (!row || !mayCancel) throw fail.notFound('没有找到这次互助请求。');
    if (row.status === 'cancelled')
      return { request: { id: row.id, status: 'cancelled' }, message: '这次请求已经取消了。' };
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockForUpdate(trx, 'help_requests', row.id);
      if (!locked || !['awaiting_approval', 'open', 'matched'].includes(locked.status))
        throw new AppError('CONFLICT', '帮助已经开始或已经完成，不能取消了。如有问题，请联系支部书记。');
      const at = deps.now().toISOString();
      await trx
        .updateTable('help_requests')
        .set({ status: 'cancelled', closed_at: at, close_reason: reason ?? null, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await audit({
        entity: 'help_request',
        entityId: row.id,
        before: { status: locked.status },
        after: { status: 'cancelled', reason },
      });
      return {
        request: { id: row.id, status: 'cancelled' as const },
        message: locked.helper_id ? `已经取消了，会告诉${row.helper_name}不用来了。` : '已经取消了。',
      };
    });
  },
);
