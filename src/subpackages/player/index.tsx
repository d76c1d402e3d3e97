// 听书 player: bookId (and chapterId, autoplay) from the query; everything else is the feature's.
import { PageFrame } from '../../components/page-frame';
import { PlayerScreen } from '../../features/audiobooks/components/player/player-screen';
import { usePlayerStore } from '../../features/audiobooks/player/player-store';
import { usePlayerPage } from '../../features/audiobooks/player/use-player-page';
import { leavePage, TAB_ROUTES } from '../../lib/routes';

export default function PlayerPage() {
  const { reopen } = usePlayerPage();
  const title = usePlayerStore((s) => s.book?.title ?? '听书');
  return (
    <PageFrame title={title}>
      <PlayerScreen onRetry={reopen} onLeave={() => leavePage(TAB_ROUTES.books)} />
    </PageFrame>
  );
}
