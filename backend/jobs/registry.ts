// Every kind of job, in one list: the shared housekeeping here, and each domain's from its manifest's `jobs`.
import { DOMAINS } from '../domains/index';
import type { JobHandler } from './define-job';
import { deleteExport } from './delete-export';
import { deliverSubscribeMessage } from './deliver-subscribe-message';
import { pruneFinishedWork, pruneReplayKeys } from './housekeeping';

export const JOB_HANDLERS: readonly JobHandler[] = [
  pruneReplayKeys,
  pruneFinishedWork,
  deliverSubscribeMessage,
  deleteExport,
  ...DOMAINS.flatMap((d): readonly JobHandler[] => ('jobs' in d ? d.jobs : [])),
];
