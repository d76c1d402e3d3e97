// A write a screen makes (a save, a sign-up, a removal), with its busy state and the sentence it ends with. The
// write-side twin of useRemote, so no form hand-writes busy/try/catch/finally: the answer is said in a full sentence
// (the screen's own on success, the envelope's Chinese message on failure), and each intent carries one request id,
// so 再试一次 after a lost answer is the same request and the server answers it once.
import { useCallback, useEffect, useRef, useState } from 'react';
import { newRequestId } from '../../lib/api-client';
import { ApiError, messageOf, type ClientErrorCode } from '../../lib/api-error';
import { noteServerChange } from './data-changes';

/** The sentence a write ended with; `ok` false is a failure (read out as an alert). */
export interface Said {
  ok: boolean;
  text: string;
  /** A failure's envelope code (e.g. CONFLICT), when it had one: a screen may offer another way on. */
  code?: ClientErrorCode;
}

export interface ActionOptions<T> {
  /**
   * What this press means, when one control serves several (e.g. `remove:12`): a press with the intent that failed
   * last reuses its request id; any other intent, or any press after a success, gets a new one. Default: one intent.
   */
  intent?: string;
  /** The success sentence from the answer; null or omitted says nothing (e.g. the screen moves on). */
  sentence?: (answer: T) => string | null;
  /** The sentence for a failure that carries no message of its own (not an envelope); default: messageOf's. */
  unexplained?: string;
  /** Runs after a success, before the sentence is shown (e.g. reload, clear the form, move on), even if the screen has gone. */
  then?: (answer: T) => void;
}

export interface Action {
  /** Runs `write` with this intent's request id. Resolves with the answer, or undefined after a failure (already said). */
  run: <T>(write: (requestId: string) => Promise<T>, options?: ActionOptions<T>) => Promise<T | undefined>;
  /** True while a write runs. */
  busy: boolean;
  /** The intent running now (null when none): for a list whose rows each have a button. */
  pending: string | null;
  said: Said | null;
  /** Says something without a write (a check before sending), or clears the sentence with null. */
  say: (said: Said | null) => void;
}

const ONE_INTENT = '';

export function useAction(): Action {
  const [pending, setPending] = useState<string | null>(null);
  const [said, say] = useState<Said | null>(null);
  // The intent whose last attempt failed, and its id: kept until that intent succeeds or another one is pressed.
  const unfinished = useRef<{ intent: string; requestId: string } | null>(null);
  // An answer that arrives after the screen has gone is not said.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T>(write: (requestId: string) => Promise<T>, options: ActionOptions<T> = {}): Promise<T | undefined> => {
      const intent = options.intent ?? ONE_INTENT;
      const requestId = unfinished.current?.intent === intent ? unfinished.current.requestId : newRequestId();
      unfinished.current = { intent, requestId };
      setPending(intent);
      try {
        const answer = await write(requestId);
        unfinished.current = null;
        // Every screen that loaded before this write reloads when it is shown again (useRemote).
        noteServerChange();
        // Runs even if the screen has gone (it may be what moved on, e.g. a sign-in).
        options.then?.(answer);
        if (!mounted.current) return answer;
        const text = options.sentence?.(answer) ?? null;
        if (text !== null) say({ ok: true, text });
        return answer;
      } catch (error) {
        if (!mounted.current) return undefined;
        if (error instanceof ApiError) say({ ok: false, text: error.message, code: error.code });
        else say({ ok: false, text: options.unexplained ?? messageOf(error) });
        return undefined;
      } finally {
        if (mounted.current) setPending(null);
      }
    },
    [],
  );

  return { run, busy: pending !== null, pending, said, say };
}
