// The collections (主题教育, 党史故事 …) as big cards; tapping one shows its books.
import { View } from '@tarojs/components';
import type { Collection } from '../../../../../contracts/audiobooks';
import { a11y } from '../../../../lib/a11y';
import './library.scss';

interface CollectionCardsProps {
  collections: Collection[];
  onOpen: (collection: Collection) => void;
}

export function CollectionCards({ collections, onOpen }: CollectionCardsProps) {
  return (
    <View className='library__section'>
      <View className='library__heading' {...a11y({ role: 'heading', level: 2 })}>
        分类
      </View>
      <View className='library__collections'>
        {collections.map((c) => (
          <View key={c.id} className='library__collection' onClick={() => onOpen(c)} {...a11y({ role: 'button' })}>
            <View className='library__collection-name'>{c.name}</View>
            <View className='library__collection-count'>{c.bookCount} 本书</View>
          </View>
        ))}
      </View>
    </View>
  );
}
