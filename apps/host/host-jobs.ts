// The host's share of time-driven work: a job runner on an unref'd timer, and a subscribe-message sender that
// marks every message skipped, because the host has no WeChat. A host that shares its database with the WeChat
// cloud functions leaves subscribe-message delivery to them (WECHAT_SENDS_SUBSCRIBE_MESSAGES=1).
import { DELIVER_SUBSCRIBE_MESSAGE } from '../../backend/data/messages';
import { startJobTimer, type JobTimer } from '../../backend/jobs/job-timer';
import { createJobRunner } from '../../backend/jobs/runner';
import type { Deps } from '../../backend/runtime/deps';
import { subscribeMessagesSkipped } from '../../backend/runtime/subscribe-messages';

export const DEFAULT_JOB_INTERVAL_MS = 10_000;

export const hostSkipsSubscribeMessages = subscribeMessagesSkipped(
  'the host has no WeChat: subscribe messages are sent only from WeChat cloud',
);

/** Starts the runner's timer, or nothing when `everyMs` is 0 (jobs are then left to other runtimes). */
export function startHostJobs(
  deps: Deps,
  options: { everyMs?: number; wechatSendsSubscribeMessages?: boolean },
): JobTimer | null {
  const everyMs = options.everyMs ?? DEFAULT_JOB_INTERVAL_MS;
  if (everyMs === 0) return null;
  const runner = createJobRunner({
    deps,
    name: 'host',
    leave: options.wechatSendsSubscribeMessages ? [DELIVER_SUBSCRIBE_MESSAGE] : [],
  });
  return startJobTimer(runner, { everyMs, log: deps.log });
}
