// Data a screen loads from the server, as one of four states, with a retry. The one loader every screen uses, so
// none hand-writes its own: only the answer to the newest request is shown (an answer for an older unit, month or
// search arrives late and is dropped), and an answer that comes after the screen has gone is ignored.
// Loading again keeps what is on screen (a reload after a write, a return to the page): the page never blanks and
// jumps to the top under the sentence she is reading.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError, messageOf, type ClientErrorCode } from '../../lib/api-error';
import { serverChanges } from './data-changes';

export type Remote<T> =
  /** Nothing to load yet (the screen has not chosen what). */
  | { status: 'idle' }
  | { status: 'loading' }
  /** `code` is the envelope's code (e.g. FORBIDDEN: trying again will not help), null when the failure had none. */
  | { status: 'error'; code: ClientErrorCode | null; message: string }
  | { status: 'ready'; data: T };

export interface RemoteData<T> {
  state: Remote<T>;
  /** Load again (after a failure, or because the data changed on the server); data on screen stays until the answer. */
  retry: () => void;
  /** Change the data shown after a write this screen made itself, without loading it again. */
  update: (change: (data: T) => T) => void;
}

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

/**
 * Loads with `load` when the screen appears and whenever `deps` change (`load` may read only what is in `deps`), and
 * again, quietly, when its page comes back into view after this phone wrote something to the server.
 * `load` null: nothing to load, the state is idle.
 */
export function useRemote<T>(load: (() => Promise<T>) | null, deps: DependencyList): RemoteData<T> {
  const [state, setState] = useState<Remote<T>>(load ? LOADING : IDLE);
  const [attempt, setAttempt] = useState(0);
  // The newest `load`, read when the effect runs: it is a fresh closure on every render.
  const latest = useRef(load);
  latest.current = load;
  // The writes counted when the shown data was asked for; a return after more writes asks again.
  const loadedAt = useRef(serverChanges());
  // Set by a reload of the same data (retry, a return): what is on screen stays until the answer.
  const quiet = useRef(false);
  const shown = useRef<Remote<T>>(state);
  shown.current = state;

  useDidShow(() => {
    if (latest.current && serverChanges() !== loadedAt.current && shown.current.status === 'ready') {
      quiet.current = true;
      setAttempt((n) => n + 1);
    }
  });

  useEffect(() => {
    const run = latest.current;
    const keep = quiet.current && shown.current.status === 'ready';
    quiet.current = false;
    if (!run) {
      setState(IDLE);
      return undefined;
    }
    // Cleared when the deps change again or the screen goes: this request's answer is then stale.
    let current = true;
    loadedAt.current = serverChanges();
    if (!keep) setState(LOADING);
    run().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        // A quiet reload that fails keeps the data she was reading rather than swapping it for an error.
        if (current && !keep)
          setState({ status: 'error', code: error instanceof ApiError ? error.code : null, message: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when to load again; `attempt` is bumped by retry.
  }, [...deps, attempt]);

  const retry = useCallback(() => {
    quiet.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const update = useCallback(
    (change: (data: T) => T) => setState((s) => (s.status === 'ready' ? { status: 'ready', data: change(s.data) } : s)),
    [],
  );
  return { state, retry, update };
}
