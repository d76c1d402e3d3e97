// One try of a job, as the runner would make it (system actor, fn "jobs", the job's kind as audit action), at
// whatever clock the suite's host has: suites that step time call it instead of waiting for the runner.
import type { JobHandler } from '../../backend/jobs/define-job';
import { createUnitOfWork } from '../../backend/runtime/unit-of-work';
import type { TestHost } from './start-host';

export function runJobOnce(host: TestHost, job: JobHandler, payload: unknown = {}): Promise<void> {
  const { transaction } = createUnitOfWork({
    deps: host.deps,
    caller: null,
    fn: 'jobs',
    action: job.kind,
    traceId: `test-${job.kind}`,
    replay: null,
  });
  return job.run(payload, { deps: host.deps, log: host.deps.log, attempt: 1, maxAttempts: 1, transaction });
}
