// The 听书 side of the scan page: a book or chapter code opens the listen landing. The account's places are asked
// for as the page opens, alongside qrcode.resolve — one round trip on a weak line, not two in a row. (Someone
// signed in who scans another kind of code asks for them in vain; serverPlaces waits 2.5 s at most and never fails.)
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { ProgressItem } from '../../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../../contracts/qrcode';
import { serverPlaces } from '../../progress/find-resume-place';
import { ListenLanding } from './listen-landing';

export function useListenOpener(): (resolved: ListenScene) => ReactNode {
  const early = useRef<Promise<ProgressItem[]> | null>(null);
  const accountPlaces = useCallback(() => (early.current ??= serverPlaces()), []);
  useEffect(() => void accountPlaces(), [accountPlaces]);
  return useCallback(
    (resolved: ListenScene) => <ListenLanding scene={resolved} accountPlaces={accountPlaces} />,
    [accountPlaces],
  );
}
