// What a book or chapter code opens: the book, one big 开始收听, and why the tap is needed (H5 browsers block sound).
// A tap that cannot bring sound (no signal in the lift) says so here and gives the button back: the next tap, once
// the signal returns, plays, instead of 正在打开声音… for good.
import { useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import type { ProgressItem } from '../../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../../contracts/qrcode';
import { BigButton } from '../../../../components/big-button';
import { ErrorNote } from '../../../../components/error-note';
import { StateView } from '../../../../components/state-view';
import { RemoteView } from '../../../../entities/remote/remote-view';
import { useRemote } from '../../../../entities/remote/use-remote';
import { openTab, TAB_ROUTES } from '../../../../lib/routes';
import { usePlayerStore } from '../../player/player-store';
import { replaceWithPlayer } from '../../navigation';
import { listenStart, type ListenStart } from '../../scan/listen-start';
import { whereWords } from '../../scan/start-place';
import { BookCover } from '../book-cover';
import './listen-landing.scss';

interface ListenLandingProps {
  scene: ListenScene;
  /** The account's places, asked for when the page opened. */
  accountPlaces: () => Promise<ProgressItem[]>;
}

/** The player page opens once sound plays (or after a while regardless): on a weak signal the audio gets the line first. */
const OPEN_PLAYER_AFTER_MS = 4000;
/** Still here this long after the player page was asked for: its code could not be fetched (no signal). */
const PLAYER_PAGE_GIVEN_UP_MS = 3000;

const OFFLINE_SENTENCE = '手机没有连上网络，声音放不出来。等手机有了信号，再按一次“开始收听”。';
const FAILED_SENTENCE = '声音没有打开，可能是网络不好。请再按一次“开始收听”。';

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * After the tap: the player page once sound plays (or after a while regardless). A failure to play, or a player page
 * that never opens, ends the wait with a sentence. Returns the way to stop watching (the landing has gone).
 */
function openPlayerWhenPlaying(bookId: number, chapterId: number, failed: (sentence: string) => void): () => void {
  let done = false;
  let givenUp: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    done = true;
    unsubscribe();
    clearTimeout(timer);
    clearTimeout(givenUp);
  };
  const go = () => {
    if (done) return;
    unsubscribe();
    clearTimeout(timer);
    replaceWithPlayer({ bookId, chapterId });
    givenUp = setTimeout(() => {
      if (!done) failed(isOffline() ? OFFLINE_SENTENCE : FAILED_SENTENCE);
    }, PLAYER_PAGE_GIVEN_UP_MS);
  };
  const unsubscribe = usePlayerStore.subscribe((s) => {
    if (s.status === 'playing' || s.status === 'paused') go();
    else if (s.status === 'error' && !done) {
      // Said on the landing, where she is looking, with the button that will try again.
      stop();
      failed(isOffline() ? OFFLINE_SENTENCE : FAILED_SENTENCE);
    }
  });
  const timer = setTimeout(go, OPEN_PLAYER_AFTER_MS);
  return stop;
}

export function ListenLanding({ scene, accountPlaces }: ListenLandingProps) {
  const start = useRemote(() => listenStart(scene, accountPlaces()), [scene]);
  return (
    <RemoteView remote={start} loading='正在打开这本书，请稍等。' failed='没有打开'>
      {(ready) =>
        ready ? (
          <ReadyToListen start={ready} />
        ) : (
          <StateView
            kind='empty'
            title='这本书还不能听'
            message='这本书还没有可以听的章节。请回到首页看看别的书。'
            actionLabel='回到首页'
            onAction={() => openTab(TAB_ROUTES.home)}
          />
        )
      }
    </RemoteView>
  );
}

function ReadyToListen({ start: { book, chapters, index, position } }: { start: ListenStart }) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const watching = useRef<(() => void) | null>(null);
  useEffect(() => () => watching.current?.(), []);
  const chapter = chapters[index];
  const listen = () => {
    setProblem(null);
    setStarting(true);
    if (process.env.TARO_ENV === 'weapp') {
      // WeChat plays without a tap rule, and each subpackage has its own copy of the player: let the player page start it.
      replaceWithPlayer({ bookId: book.id, chapterId: chapter.id, autoplay: true });
      return;
    }
    // H5: the sound starts inside this tap (browsers allow it only here); the player page then takes over the same playback.
    watching.current?.();
    usePlayerStore.getState().startInTap(book, chapters, index, position);
    watching.current = openPlayerWhenPlaying(book.id, chapter.id, (sentence) => {
      setStarting(false);
      setProblem(sentence);
    });
  };
  const where = whereWords(chapter, position);

  return (
    <View className='scan-landing'>
      <View className='scan-landing__book'>
        <BookCover book={book} size='large' />
        <View className='scan-landing__text'>
          <View className='scan-landing__title'>{book.title}</View>
          <View className='scan-landing__meta'>作者：{book.author}</View>
          {book.reader && book.reader !== book.author ? (
            <View className='scan-landing__meta'>朗读：{book.reader}</View>
          ) : null}
          <View className='scan-landing__meta'>共{chapters.length}章</View>
        </View>
      </View>
      <View className='scan-landing__where'>{where}</View>
      <BigButton variant='primary' onClick={listen} icon='▶' busy={starting} busyLabel='正在打开声音…'>
        开始收听
      </BigButton>
      {problem ? <ErrorNote>{problem}</ErrorNote> : null}
      {process.env.TARO_ENV === 'h5' ? (
        <View className='scan-landing__hint'>手机浏览器要您先点一下按钮，才会放出声音。点“开始收听”就能听到。</View>
      ) : null}
    </View>
  );
}
