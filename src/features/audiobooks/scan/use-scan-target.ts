// The scan page's work before the tap: read the scene, resolve it, and fetch the book and where to start,
// so that the tap on 开始收听 can start the sound at once (inside the tap, as browsers require).
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { ApiError, messageOf } from '../../../lib/api-error';
import { resolveScene } from '../api/resolve-scene';
import { findResumePlace, serverPlaces } from '../progress/find-resume-place';
import { startPosition } from '../progress/resume-point';

export type ScanTarget =
  | { kind: 'loading' }
  | { kind: 'ready'; book: BookSummary; chapters: Chapter[]; index: number; position: number; chapterScene: boolean }
  | { kind: 'unreadable'; message: string }
  | { kind: 'failed'; message: string };

const UNREADABLE_CODES = new Set(['QR_INVALID', 'QR_EXPIRED', 'NOT_FOUND', 'VALIDATION']);

/** WeChat hands the scene over URL-encoded; H5 already decoded it. A stray % must not throw. */
function readScene(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

async function loadTarget(scene: string): Promise<ScanTarget> {
  // The account's places are asked for alongside the scene: one round trip on a weak line, not three.
  const server = serverPlaces();
  const resolved = await resolveScene(scene);
  // Events, posts and invitations open elsewhere; until the scan page routes them, it says what they are.
  if (resolved.type !== 'book' && resolved.type !== 'chapter') return { kind: 'unreadable', message: resolved.message };
  const { book, chapters } = resolved;
  const place = await findResumePlace(resolved.bookId, server);
  if (chapters.length === 0) return { kind: 'unreadable', message: '这本书还没有可以听的章节。请回到首页看看别的书。' };
  const chapterScene = resolved.chapterId !== undefined;
  // A chapter's code plays that chapter; a book's code picks up where this listener stopped, else chapter 1.
  const wanted = resolved.chapterId ?? place?.chapterId;
  const index = Math.max(0, chapters.findIndex((c) => c.id === wanted));
  return { kind: 'ready', book, chapters, index, position: startPosition(place, chapters[index].id, chapters[index].duration), chapterScene };
}

export function useScanTarget(): { target: ScanTarget; retry: () => void } {
  const { params } = useRouter();
  const scene = readScene(params.scene);
  const [target, setTarget] = useState<ScanTarget>({ kind: 'loading' });

  const load = useCallback(() => {
    if (!scene) {
      setTarget({ kind: 'unreadable', message: '这个二维码里没有内容。请换一个二维码再扫。' });
      return;
    }
    setTarget({ kind: 'loading' });
    loadTarget(scene)
      .then(setTarget)
      .catch((error: unknown) => {
        if (error instanceof ApiError && UNREADABLE_CODES.has(error.code)) setTarget({ kind: 'unreadable', message: error.message });
        else setTarget({ kind: 'failed', message: messageOf(error) });
      });
  }, [scene]);

  useEffect(load, [load]);
  return { target, retry: load };
}
