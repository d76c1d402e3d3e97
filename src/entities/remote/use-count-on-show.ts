// A count a tab page shows (unread messages, unread notices): loaded when the page appears and asked again each time
// the page comes back into view (tab pages stay mounted), the last number kept on show while it is asked again.
import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useRemote } from './use-remote';

/** A number once known; 'unknown' before the first answer; 'failed' when it could not be asked and none is known. */
export type ShownCount = number | 'unknown' | 'failed';

/** `load` null: nobody to count for (signed out). */
export function useCountOnShow(load: (() => Promise<number>) | null): ShownCount {
  const active = load !== null;
  // Counts the page's returns into view. The first showing is the mount itself, which loads already.
  const [returns, setReturns] = useState(0);
  const wasHidden = useRef(false);
  useDidHide(() => {
    wasHidden.current = true;
  });
  useDidShow(() => {
    if (!wasHidden.current) return;
    wasHidden.current = false;
    setReturns((n) => n + 1);
  });

  const remote = useRemote(load, [active, returns]);
  // While it is asked again, the last number stays on show rather than blinking away.
  const [known, setKnown] = useState<number | null>(null);
  const { state } = remote;
  useEffect(() => {
    if (!active) setKnown(null);
    else if (state.status === 'ready') setKnown(state.data);
  }, [active, state]);

  if (state.status === 'ready') return state.data;
  if (known !== null) return known;
  return state.status === 'error' ? 'failed' : 'unknown';
}
