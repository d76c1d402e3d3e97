// What the playing bar on every page says about the player: the book and chapter, and whether it plays, loads,
// is paused or failed (with the player's sentence). Nothing while there is nothing to pause, resume or retry.
import type { NowPlaying, NowPlayingStatus } from '../../../lib/now-playing';
import { PAGE_ROUTES } from '../../../lib/routes';
import { playerUrl } from '../navigation';
import type { PlayerStatus } from './player-store';

interface PlayerView {
  book: { id: number; title: string } | null;
  chapters: { id: number; seq: number }[];
  index: number;
  status: PlayerStatus;
  message: string | null;
  slow: boolean;
  listened: boolean;
}

function barStatus({ status, slow }: PlayerView): NowPlayingStatus | null {
  switch (status) {
    case 'playing':
      return 'playing';
    case 'buffering':
      return slow ? 'stalled' : 'loading';
    case 'paused':
      return 'paused';
    case 'error':
      return 'failed';
    default:
      return null;
  }
}

export function describeNowPlaying(view: PlayerView): NowPlaying | null {
  const chapter = view.chapters[view.index];
  const status = barStatus(view);
  if (!view.book || !chapter || !status) return null;
  return {
    title: `${view.book.title} · 第${chapter.seq}章`,
    status,
    message: status === 'failed' || status === 'stalled' ? view.message : null,
    // A chapter that failed before a sound was heard is the player page's business only; one that stopped while
    // the person listened is told on whatever page they are.
    everywhere: view.listened || status !== 'failed',
    playerPath: PAGE_ROUTES.player,
    playerUrl: playerUrl({ bookId: view.book.id, chapterId: chapter.id }),
  };
}
