// Every kind of job, in one list: a domain that schedules work adds its handler here.
import type { JobHandler } from './define-job';
import { deleteExport } from './delete-export';
import { deliverSubscribeMessage } from './deliver-subscribe-message';
import { EVENTS_JOBS } from '../domains/events/jobs/handlers';
import { pruneFinishedWork, pruneReplayKeys } from './housekeeping';
import { NOTICES_JOBS } from '../domains/notices/jobs/handlers';
import { ORG_JOBS } from '../domains/org/jobs/handlers';
import { VOLUNTEER_JOBS } from '../domains/volunteer/jobs/handlers';

export const JOB_HANDLERS: readonly JobHandler[] = [
  pruneReplayKeys, pruneFinishedWork, deliverSubscribeMessage, deleteExport,
  ...EVENTS_JOBS, ...VOLUNTEER_JOBS, ...NOTICES_JOBS, ...ORG_JOBS,
];
