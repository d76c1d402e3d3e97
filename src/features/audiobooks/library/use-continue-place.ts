// The "继续收听" place: the newest of this device's and the account's — or, while a book is being heard in this
// visit, that book at the very second it has reached (the card then follows the sound, even from another page).
// Opening a book or choosing a chapter without listening changes nothing here. Also the moment to import places
// heard before signing in, and to resend reports that could not be sent earlier.
import { useEffect, useMemo, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { ProgressItem } from '../../../../contracts/audiobooks';
import { usePlayerStore } from '../player/player-store';
import { latestPlace } from '../progress/find-resume-place';
import { importLocalPlaces, retryWaitingReports } from '../progress/progress-sync';

export interface ContinuePlace {
  place: ProgressItem | null;
  /** The place is the one playing right now. */
  playing: boolean;
  checked: boolean;
}

/** The player's place while something of its chapter has been heard in this visit; null otherwise. */
function useLivePlace(): { place: ProgressItem | null; playing: boolean } {
  const book = usePlayerStore((s) => (s.heard ? s.book : null));
  const chapter = usePlayerStore((s) => (s.heard ? (s.chapters[s.index] ?? null) : null));
  // Whole seconds: the card says seconds, and four renders a second would be for nothing.
  const second = usePlayerStore((s) => Math.floor(s.position));
  const playing = usePlayerStore((s) => s.status === 'playing' || s.status === 'buffering');
  const place = useMemo<ProgressItem | null>(
    () =>
      book && chapter
        ? {
            bookId: book.id,
            bookTitle: book.title,
            chapterId: chapter.id,
            chapterTitle: chapter.title,
            chapterSeq: chapter.seq,
            position: second,
            duration: chapter.duration,
            updatedAt: new Date().toISOString(),
          }
        : null,
    [book, chapter, second],
  );
  return { place, playing: place !== null && playing };
}

export function useContinuePlace(): ContinuePlace {
  const [saved, setSaved] = useState<ProgressItem | null>(null);
  const [checked, setChecked] = useState(false);
  const live = useLivePlace();

  const refresh = () => {
    void retryWaitingReports();
    importLocalPlaces()
      .then(latestPlace)
      .then((p) => {
        setSaved(p);
        setChecked(true);
      })
      .catch(() => setChecked(true));
  };

  useEffect(refresh, []);
  // Back from the player (a tab page stays mounted): show where the listener got to now.
  useDidShow(refresh);
  return { place: live.place ?? saved, playing: live.playing, checked: checked || live.place !== null };
}
