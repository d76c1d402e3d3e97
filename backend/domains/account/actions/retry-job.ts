// An admin's "try again" for a parked job: it is queued now, with its tries counted afresh.
import { retryJobInput, type JobsAdminApi } from '../../../../contracts/jobs';
import { SCOPES } from '../../../../contracts/roles';
import { requeueParkedJob } from '../../../data/jobs';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireWholeTreeAdmin } from '../access';

export const retryJob = action(
  {
    access: { roles: SCOPES.runJobs },
    input: retryJobInput,
  },
  async function retryJob({ id }, ctx): Promise<JobsAdminApi['retryJob']['output']> {
    requireWholeTreeAdmin(ctx.caller);
    return ctx.transaction(async (trx, audit) => {
      if (!(await requeueParkedJob(trx, id, ctx.deps.now())))
        throw fail.conflict('这项任务不在失败列表里，可能已经有人重试过了。请刷新后再看。');
      await audit({ entity: 'job', entityId: id, before: { status: 'parked' }, after: { status: 'queued' } });
      return { id, status: 'queued' as const };
    });
  },
);
