// Recurring housekeeping: expired replay keys, finished jobs, settled outbox rows.
import { none } from '../../contracts/fields';
import { pruneDoneJobs } from '../data/jobs';
import { pruneSettledOutbox } from '../data/messages';
import { pruneExpiredReplayKeys } from '../runtime/replay-keys';
import { defineJob } from './define-job';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Done jobs are kept a week, for looking into what ran; parked ones stay until an admin deals with them. */
const KEEP_DONE_JOBS_MS = 7 * DAY_MS;
/** Settled subscribe messages are kept a month, for questions like "did I get a reminder?". */
const KEEP_SETTLED_OUTBOX_MS = 30 * DAY_MS;

export const pruneReplayKeys = defineJob({
  kind: 'replay-keys.prune',
  title: '清理过期的重复提交记录',
  payload: none,
  every: DAY_MS,
  async run(_payload, { deps, log }) {
    const removed = await pruneExpiredReplayKeys(deps.database.db, deps.now());
    if (removed > 0) log.info('expired replay keys pruned', { removed });
  },
});

export const pruneFinishedWork = defineJob({
  kind: 'finished-work.prune',
  title: '清理已完成的任务和已处理的微信消息记录',
  payload: none,
  every: DAY_MS,
  async run(_payload, { deps, log }) {
    const now = deps.now().getTime();
    const jobs = await pruneDoneJobs(deps.database.db, new Date(now - KEEP_DONE_JOBS_MS));
    const outbox = await pruneSettledOutbox(deps.database.db, new Date(now - KEEP_SETTLED_OUTBOX_MS));
    if (jobs + outbox > 0) log.info('finished work pruned', { jobs, outbox });
  },
});
