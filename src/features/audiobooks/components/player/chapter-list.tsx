// The book's chapters: tap one to listen to it from the start. The current one says in words what it is doing —
// "正在播放" only while sound really plays.
import { View } from '@tarojs/components';
import type { Chapter } from '../../../../../contracts/audiobooks';
import { Card } from '../../../../components/card';
import { ListRow } from '../../../../components/list-row';
import { spokenDuration } from '../../../../entities/time/durations';
import type { PlayerStatus } from '../../player/player-store';

const CURRENT: Record<PlayerStatus, string> = {
  idle: '选中了',
  loading: '选中了',
  ready: '选中了',
  buffering: '正在加载',
  playing: '正在播放',
  paused: '已暂停',
  finished: '已听完',
  error: '没有放出来',
};

interface ChapterListProps {
  chapters: Chapter[];
  current: number;
  status: PlayerStatus;
  onChoose: (index: number) => void;
}

export function ChapterList({ chapters, current, status, onChoose }: ChapterListProps) {
  return (
    <Card title='章节'>
      <View className='player-stack'>
        {chapters.map((c, i) => (
          <ListRow
            key={c.id}
            kind='button'
            title={`第${c.seq}章 ${c.title}`}
            description={`长 ${spokenDuration(c.duration)}`}
            status={i === current ? CURRENT[status] : undefined}
            onClick={() => onChoose(i)}
          />
        ))}
      </View>
    </Card>
  );
}
