// What the player is doing, in words, read out by screen readers when it changes. A failure's reason and its 重试
// are in the bar at the foot of the screen (seen wherever the page is scrolled to); this line points there.
import { View } from '@tarojs/components';
import { a11y } from '../../../../lib/a11y';
import type { PlayerStatus } from '../../player/player-store';
import './player-status.scss';

const WORDS: Record<PlayerStatus, string> = {
  idle: '还没有开始播放。',
  loading: '正在打开这本书，请稍等。',
  ready: '点“播放”就开始收听。',
  buffering: '正在加载声音，请稍等。',
  playing: '正在播放。',
  paused: '已暂停。点“播放”接着听。',
  finished: '这本书已经听完了。',
  error: '声音没有放出来。原因写在屏幕最下面，点那里的“重试”。',
};

const SLOW = '声音还在加载，比平时慢。原因写在屏幕最下面。';

export function PlayerStatusLine({
  status,
  message,
  slow,
}: {
  status: PlayerStatus;
  message: string | null;
  slow: boolean;
}) {
  const failed = status === 'error' || (status === 'buffering' && slow);
  const words = status === 'error' ? WORDS.error : failed ? SLOW : (message ?? WORDS[status]);
  return (
    <View
      className={failed ? 'player-status player-status--error' : 'player-status'}
      {...a11y({ role: 'status', live: 'polite' })}
    >
      {words}
    </View>
  );
}
