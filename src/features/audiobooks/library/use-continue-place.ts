// The "继续收听" place: the newest of this device's and the account's. Also the moment to import places heard
// before signing in, and to resend reports that could not be sent earlier.
import { useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { ProgressItem } from '../../../../contracts/audiobooks';
import { latestPlace } from '../progress/find-resume-place';
import { importLocalPlaces, retryWaitingReports } from '../progress/progress-sync';

export function useContinuePlace(): { place: ProgressItem | null; checked: boolean } {
  const [place, setPlace] = useState<ProgressItem | null>(null);
  const [checked, setChecked] = useState(false);

  const refresh = () => {
    void retryWaitingReports();
    importLocalPlaces()
      .then(latestPlace)
      .then((p) => {
        setPlace(p);
        setChecked(true);
      })
      .catch(() => setChecked(true));
  };

  useEffect(refresh, []);
  // Back from the player (a tab page stays mounted): show where the listener got to now.
  useDidShow(refresh);
  return { place, checked };
}
