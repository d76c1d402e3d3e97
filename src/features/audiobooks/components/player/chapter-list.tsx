// The book's chapters: tap one to listen to it from the start; the one playing says so in words.
import { View } from '@tarojs/components';
import type { Chapter } from '../../../../../contracts/audiobooks';
import { Card } from '../../../../components/card';
import { ListRow } from '../../../../components/list-row';
import { spokenDuration } from '../../../../entities/time/durations';

interface ChapterListProps {
  chapters: Chapter[];
  current: number;
  onChoose: (index: number) => void;
}

export function ChapterList({ chapters, current, onChoose }: ChapterListProps) {
  return (
    <Card title='章节'>
      <View className='player-stack'>
        {chapters.map((c, i) => (
          <ListRow
            key={c.id}
            kind='button'
            title={`第${c.seq}章 ${c.title}`}
            description={`长 ${spokenDuration(c.duration)}`}
            status={i === current ? '正在听' : undefined}
            onClick={() => onChoose(i)}
          />
        ))}
      </View>
    </Card>
  );
}
