// The player page's life: open the book from the query, and save the place whenever the page is hidden
// (another app, screen off, tab closed) — Taro's hide for both platforms, plus the browser's own events on H5
// (use-browser-leave.h5.ts).
import { useEffect } from 'react';
import { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { idParam } from '../../../lib/routes';
import { usePlayerStore } from './player-store';
import { useBrowserLeave } from './use-browser-leave';

export function usePlayerPage(): { reopen: () => void } {
  const { params } = useRouter();
  const bookId = idParam(params.bookId);
  const chapterId = idParam(params.chapterId);
  const autoplay = params.autoplay === '1';

  const reopen = () => {
    if (bookId) void usePlayerStore.getState().open(bookId, chapterId, autoplay);
  };

  useEffect(() => {
    if (bookId) void usePlayerStore.getState().open(bookId, chapterId, autoplay);
    else usePlayerStore.setState({ status: 'error', book: null, message: '没有说要听哪本书。请回到书架选一本。' });
  }, [bookId, chapterId, autoplay]);

  useDidHide(() => usePlayerStore.getState().flush(true));
  useUnload(() => usePlayerStore.getState().flush(false));

  useBrowserLeave(() => usePlayerStore.getState().flush(true));

  return { reopen };
}
