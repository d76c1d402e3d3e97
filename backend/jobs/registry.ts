// Every kind of job, in one list: a domain that schedules work adds its handler here.
import type { JobHandler } from './define-job';
import { deleteExport } from './delete-export';
import { deliverSubscribeMessage } from './deliver-subscribe-message';
import { pruneFinishedWork, pruneReplayKeys } from './housekeeping';

export const JOB_HANDLERS: readonly JobHandler[] = [pruneReplayKeys, pruneFinishedWork, deliverSubscribeMessage, deleteExport];
