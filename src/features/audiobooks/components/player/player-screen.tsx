// The player: what is playing, where, the big 播放/暂停, 上一章/下一章, skips, speed and sleep timer, chapters and
// the words. When the sound fails, the reason and 重试 appear in the bar at the foot of the screen (the page frame's
// playing bar), so they are seen wherever the listener has scrolled to — the chapter list included.
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import { StateView } from '../../../../components/state-view';
import { usePlayerStore } from '../../player/player-store';
import { ChapterList } from './chapter-list';
import { ChapterSteps } from './chapter-steps';
import { NowPlaying } from './now-playing';
import { PlaybackSettings } from './playback-settings';
import { PlayButton } from './play-button';
import { PlayerStatusLine } from './player-status';
import { ProgressSlider } from './progress-slider';
import { SkipButtons } from './skip-buttons';
import { Transcript } from './transcript';
import './player-screen.scss';

export function PlayerScreen({ onRetry, onLeave }: { onRetry: () => void; onLeave: () => void }) {
  const s = usePlayerStore();
  const chapter = s.chapters[s.index];

  if (s.status === 'loading' || (s.status === 'idle' && !s.book))
    return <StateView kind='loading' message='正在打开这本书，请稍等。' />;
  if (!s.book || !chapter) {
    return (
      <View className='player-stack'>
        <StateView
          kind='error'
          title='这本书没有打开'
          message={s.message ?? '请回到书架再试一次。'}
          onRetry={onRetry}
          retryLabel='重试'
        />
        <BigButton onClick={onLeave}>回到书架</BigButton>
      </View>
    );
  }

  return (
    <View className='player-stack'>
      <NowPlaying book={s.book} chapter={chapter} count={s.chapters.length} />
      <ProgressSlider position={s.position} duration={s.duration || chapter.duration} onSeek={s.seekTo} />
      <PlayButton status={s.status} onPress={s.toggle} />
      <PlayerStatusLine status={s.status} message={s.message} slow={s.slow} />
      <ChapterSteps index={s.index} count={s.chapters.length} onPrevious={s.previous} onNext={s.next} />
      <SkipButtons onSkip={s.skip} />
      <PlaybackSettings
        rate={s.rate}
        sleep={s.sleep}
        sleepEndsAt={s.sleepEndsAt}
        onRate={s.setRate}
        onSleep={s.setSleep}
      />
      <ChapterList chapters={s.chapters} current={s.index} status={s.status} onChoose={s.chooseChapter} />
      <Transcript text={chapter.transcript} />
    </View>
  );
}
