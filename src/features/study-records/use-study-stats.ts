// A month of study for one unit, loaded again whenever the unit or the month changes (a late answer for an old one is dropped).
import { useCallback, useEffect, useState } from 'react';
import type { StudyStats } from '../../../contracts/audiobooks';
import { ApiError, messageOf } from '../../lib/api-error';
import { getStudyStats } from './api/get-study-stats';

export type StudyStatsLoad = { kind: 'loading' } | { kind: 'error'; forbidden: boolean; message: string } | { kind: 'ready'; stats: StudyStats };

export function useStudyStats(orgUnitId: number, month: string) {
  const [load, setLoad] = useState<StudyStatsLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    getStudyStats(orgUnitId, month).then(
      (stats) => {
        if (live) setLoad({ kind: 'ready', stats });
      },
      (error: unknown) => {
        if (live) setLoad({ kind: 'error', forbidden: error instanceof ApiError && error.code === 'FORBIDDEN', message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [orgUnitId, month, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
