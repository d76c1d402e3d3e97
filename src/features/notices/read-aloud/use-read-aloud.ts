// The 朗读 button's behaviour: the pure state machine driving one speaker, stopped when the page goes.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { messageOf } from '../../../lib/api-error';
import { actionOnPress, nextReadAloud, READ_ALOUD_IDLE } from './read-aloud-state';
import { createSpeaker } from './speaker';
import type { Speaker } from './speaker-types';

export function useReadAloud(noticeId: number, text: string) {
  const [state, dispatch] = useReducer(nextReadAloud, READ_ALOUD_IDLE);
  const speaker = useRef<Speaker | null>(null);
  const statusRef = useRef(state.status);
  statusRef.current = state.status;

  useEffect(() => {
    // A new version of the text (an edit) gets a new speaker.
    speaker.current = createSpeaker(noticeId, text, {
      onStarted: () => dispatch({ type: 'started' }),
      onEnded: () => dispatch({ type: 'ended' }),
      onFailed: (message) => dispatch({ type: 'failed', message }),
    });
    return () => {
      speaker.current?.stop();
      speaker.current = null;
    };
  }, [noticeId, text]);

  const press = useCallback(() => {
    const action = actionOnPress(statusRef.current);
    dispatch({ type: 'press' });
    const s = speaker.current;
    if (!s) return;
    if (action === 'pause') s.pause();
    else if (action === 'resume') s.resume();
    else if (action === 'start') s.start().catch((e: unknown) => dispatch({ type: 'failed', message: messageOf(e) }));
  }, []);

  return { state, press };
}
