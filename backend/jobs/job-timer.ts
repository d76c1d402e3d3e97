// Drives a job runner from a timer in a long-lived process (the host). The timer is unref'd, so it never keeps
// the process alive; a tick that is still running when the next is due is not overlapped.
import type { Logger } from '../runtime/logger';
import type { JobRunner } from './runner';

export interface JobTimer {
  /** No new ticks, no new claims; resolves when the tick in progress (if any) has finished its current job. */
  stop(): Promise<void>;
}

export function startJobTimer(runner: JobRunner, { everyMs, log }: { everyMs: number; log: Logger }): JobTimer {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = runner
      .runDue({ signal: stopping.signal })
      .then(
        (summary) => {
          if (summary.done + summary.retrying + summary.parked + summary.lost > 0)
            log.debug('job tick', { ...summary });
        },
        (err: unknown) => log.error('job tick failed', { error: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  // The first tick comes right after start (the host is listening by then), not a whole interval later.
  const first = setTimeout(tick, 0);
  first.unref();
  return {
    async stop() {
      stopping.abort();
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
