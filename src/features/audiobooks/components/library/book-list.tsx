// Books as rows: title, who reads it, how many chapters and how long; a tap opens the player.
import { View } from '@tarojs/components';
import type { BookSummary } from '../../../../../contracts/audiobooks';
import { ListRow } from '../../../../components/list-row';
import { spokenDuration } from '../../../../entities/time/durations';
import { openPlayer } from '../../navigation';
import './library.scss';

export function BookList({ books }: { books: BookSummary[] }) {
  return (
    <View className='library__list'>
      {books.map((b) => (
        <ListRow
          key={b.id}
          title={b.title}
          description={`${b.chapterCount}章，共${spokenDuration(b.totalDuration)}`}
          status='去听'
          onClick={() => openPlayer({ bookId: b.id })}
        />
      ))}
    </View>
  );
}
