// The jobs that failed every try (parked), newest first, for an admin of the whole tree to look into.
import { failedJobsInput, type JobsAdminApi } from '../../../../contracts/jobs';
import { SCOPES } from '../../../../contracts/roles';
import { listParkedJobs } from '../../../data/jobs';
import { JOB_HANDLERS } from '../../../jobs/registry';
import { action } from '../../../runtime/define-function';
import { requireWholeTreeAdmin } from '../access';

const SHOWN = 50;
const titles = new Map(JOB_HANDLERS.map((h) => [h.kind, h.title]));

export const failedJobs = action(
  {
    access: { roles: SCOPES.runJobs },
    input: failedJobsInput,
  },
  async function failedJobs(_input, { deps, caller }): Promise<JobsAdminApi['failedJobs']['output']> {
    requireWholeTreeAdmin(caller);
    const { jobs, total } = await listParkedJobs(deps.database.db, SHOWN);
    return {
      total,
      jobs: jobs.map((j) => ({
        id: j.id,
        kind: j.kind,
        title: titles.get(j.kind) ?? '（这个版本不认识的任务）',
        attempts: j.attempts,
        lastError: j.last_error,
        failedAt: j.finished_at,
        payload: j.payload_json,
      })),
    };
  },
);
