// The small bar at the foot of every page while a book is heard: what plays, and one big 暂停 (or 播放, or 重试
// when the sound failed, with the reason in a sentence). It sticks to the bottom of the screen while the page
// scrolls, and takes its own room at the end of the page so it never covers the last row.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { openUrl } from '../../lib/routes';
import { barVisible, needsRetry, onPlayerPage, useNowPlaying, type NowPlayingStatus } from '../../lib/now-playing';
import './index.scss';

const LEAD: Record<NowPlayingStatus, string> = {
  playing: '正在播放',
  loading: '正在加载',
  stalled: '声音加载得很慢',
  paused: '已暂停',
  failed: '声音没有放出来',
};

/** The page this bar is drawn on (read once: a page keeps its path while it lives). */
function currentPath(): string {
  try {
    return Taro.getCurrentInstance()?.router?.path ?? '';
  } catch {
    return '';
  }
}

export function PlayingBar() {
  const [path] = useState(currentPath);
  const now = useNowPlaying((s) => s.now);
  const pausedHere = useNowPlaying((s) => s.pausedHere);
  if (!now || !barVisible({ now, pausedHere }, path)) return null;

  const { controls, pauseFromBar } = useNowPlaying.getState();
  const failed = needsRetry(now);
  const active = now.status === 'playing' || now.status === 'loading';
  const press = () => {
    if (failed) controls?.retry();
    else if (active) pauseFromBar();
    else controls?.play();
  };
  const text = (
    <View className='playing-bar__text'>
      <View className='playing-bar__lead'>{LEAD[now.status]}</View>
      <View className='playing-bar__title'>{now.title}</View>
      {failed && now.message ? <View className='playing-bar__message'>{now.message}</View> : null}
    </View>
  );

  return (
    <View
      className={failed ? 'playing-bar playing-bar--failed' : 'playing-bar'}
      {...a11y({ role: 'region', label: '正在收听' })}
    >
      {/* A failure is read out as it appears; the rest changes quietly. */}
      <View className='playing-bar__inner' {...a11y(failed ? { role: 'alert' } : {})}>
        {onPlayerPage(now, path) ? (
          text
        ) : (
          // The words open the full player (chapters, speed, the text); the button does the one thing at hand.
          <View className='playing-bar__link' onClick={() => void openUrl(now.playerUrl)} {...a11y({ role: 'link' })}>
            {text}
            <View className='playing-bar__chevron' {...a11y({ hidden: true })}>
              ›
            </View>
          </View>
        )}
        <View className='playing-bar__button' onClick={press} {...a11y({ role: 'button' })}>
          {failed ? null : (
            <View
              className={
                active ? 'playing-bar__icon playing-bar__icon--pause' : 'playing-bar__icon playing-bar__icon--play'
              }
              {...a11y({ hidden: true })}
            />
          )}
          <View className='playing-bar__label'>{failed ? '重试' : active ? '暂停' : '播放'}</View>
        </View>
      </View>
    </View>
  );
}
