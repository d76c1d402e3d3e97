// Every kind of job, in one list: a domain that schedules work adds its handler here.
import type { JobHandler } from './define-job';
import { deleteExport } from './delete-export';
import { deliverSubscribeMessage } from './deliver-subscribe-message';
import { EVENTS_JOBS } from './events-jobs';
import { pruneFinishedWork, pruneReplayKeys } from './housekeeping';
import { NOTICES_JOBS } from './notices-jobs';
import { ORG_JOBS } from './org-jobs';
import { VOLUNTEER_JOBS } from './volunteer-jobs';

export const JOB_HANDLERS: readonly JobHandler[] = [
  pruneReplayKeys, pruneFinishedWork, deliverSubscribeMessage, deleteExport,
  ...EVENTS_JOBS, ...VOLUNTEER_JOBS, ...NOTICES_JOBS, ...ORG_JOBS,
];
