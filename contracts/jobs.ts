// The job runner's admin view: jobs that failed every try (parked) and trying one again. Actions of the account
// function, for an admin of the whole org tree.
import { z } from 'zod';
import { id, none } from './fields';

export const failedJobsInput = none;

export const retryJobInput = z.object({ id: id('任务编号') }).strict();

export interface FailedJob {
  id: number;
  kind: string;
  /** What the job does, in Chinese. */
  title: string;
  attempts: number;
  lastError: string | null;
  failedAt: string | null;
  /** The job's input as JSON, for whoever looks into the failure. */
  payload: string;
}

export interface JobsAdminApi {
  /** The newest 50 parked jobs, and how many there are in all. */
  failedJobs: { input: z.input<typeof failedJobsInput>; output: { jobs: FailedJob[]; total: number } };
  retryJob: { input: z.input<typeof retryJobInput>; output: { id: number; status: 'queued' } };
}
