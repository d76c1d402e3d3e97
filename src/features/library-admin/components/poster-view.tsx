// 打印听书海报: choose a collection, see its books as a grid of cover, title and QR, and print it on A4.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { a11y } from '../../../lib/a11y';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { listLibrary } from '../api/list-library';
import { loadPosterItems } from '../api/load-poster';
import { PosterCard } from './poster-card';
import { PrintPoster } from './print-poster';
import './poster.scss';

/** The choice that puts every book on one poster (collection ids start at 1). */
const ALL_BOOKS = 0;

export function PosterView() {
  const catalogue = useRemote(listLibrary, []);
  return (
    <RemoteView remote={catalogue} loading='正在读取书目，请稍等。' failed='没能读取书目'>
      {({ collections, books }) => <PosterSheet collections={collections} books={books} />}
    </RemoteView>
  );
}

function PosterSheet({ collections, books }: { collections: Collection[]; books: BookSummary[] }) {
  // The first collection to start with, until the admin picks another.
  const [picked, setPicked] = useState<number | null>(null);
  const collectionId = picked ?? collections[0]?.id ?? null;
  const chosen = collectionId === ALL_BOOKS ? books : books.filter((b) => b.collectionId === collectionId);
  const sheet = useRemote(collectionId === null ? null : () => loadPosterItems(chosen), [collectionId, books]);

  const heading = collectionId === ALL_BOOKS ? '全部书目' : collections.find((c) => c.id === collectionId)?.name;
  return (
    <>
      <View className='poster-controls'>
        <Card title='第一步：选一个书目分类'>
          <ChoiceList
            label='书目分类'
            showLabel={false}
            choices={[
              ...collections.map((c) => ({ value: c.id, label: c.name, description: `${c.bookCount} 本书` })),
              { value: ALL_BOOKS, label: '全部书目', description: `${books.length} 本书，印在一起` },
            ]}
            selected={collectionId}
            onSelect={setPicked}
          />
        </Card>
        <Card title='第二步：打印'>
          <PrintPoster ready={sheet.state.status === 'ready'} />
        </Card>
      </View>
      <RemoteView remote={sheet} loading='正在生成二维码，请稍等。' failed='没能生成二维码'>
        {(items) =>
          heading ? (
            <View className='poster-sheet'>
              <View className='poster-sheet__title' {...a11y({ role: 'heading', level: 2 })}>
                红色悦听 · {heading}
              </View>
              {items.length === 0 ? (
                <View>这个分类里还没有书。请选别的分类，或者先在“有声书管理”里把书建好。</View>
              ) : (
                <View className='poster-sheet__grid' {...a11y({ role: 'list', label: '海报上的书' })}>
                  {items.map((item) => (
                    <PosterCard key={item.book.id} item={item} />
                  ))}
                </View>
              )}
            </View>
          ) : null
        }
      </RemoteView>
    </>
  );
}
