// 打印听书海报: choose a collection, see its books as a grid of cover, title and QR, and print it on A4.
import { useCallback, useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { StateView } from '../../../components/state-view';
import { a11y } from '../../../lib/a11y';
import { messageOf } from '../../../lib/api-error';
import { listLibrary } from '../api/list-library';
import { loadPosterItems, type PosterItem } from '../api/load-poster';
import { ChoiceList } from './choice-list';
import { PosterCard } from './poster-card';
import './poster.scss';

type Catalogue = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; collections: Collection[]; books: BookSummary[] };
type Sheet = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; items: PosterItem[] };

/** The choice that puts every book on one poster (collection ids start at 1). */
const ALL_BOOKS = 0;

const IS_H5 = process.env.TARO_ENV === 'h5';

export function PosterView() {
  const [catalogue, setCatalogue] = useState<Catalogue>({ kind: 'loading' });
  const [collectionId, setCollectionId] = useState<number | null>(null);
  const [sheet, setSheet] = useState<Sheet>({ kind: 'idle' });

  const fetchCatalogue = useCallback(async () => {
    setCatalogue({ kind: 'loading' });
    try {
      const { collections, books } = await listLibrary();
      setCatalogue({ kind: 'ready', collections, books });
      setCollectionId((current) => current ?? collections[0]?.id ?? null);
    } catch (error) {
      setCatalogue({ kind: 'error', message: messageOf(error) });
    }
  }, []);
  useEffect(() => {
    void fetchCatalogue();
  }, [fetchCatalogue]);

  useEffect(() => {
    if (catalogue.kind !== 'ready' || collectionId === null) return undefined;
    let current = true;
    setSheet({ kind: 'loading' });
    const books = collectionId === ALL_BOOKS ? catalogue.books : catalogue.books.filter((b) => b.collectionId === collectionId);
    void loadPosterItems(books).then((items) => {
      if (current) setSheet({ kind: 'ready', items });
    });
    return () => {
      current = false;
    };
  }, [catalogue, collectionId]);

  if (catalogue.kind === 'loading') return <StateView kind='loading' message='正在读取书目，请稍等。' />;
  if (catalogue.kind === 'error') return <StateView kind='error' title='没能读取书目' message={catalogue.message} onRetry={() => void fetchCatalogue()} />;

  const heading = collectionId === ALL_BOOKS ? '全部书目' : catalogue.collections.find((c) => c.id === collectionId)?.name;
  return (
    <>
      <View className='poster-controls'>
        <Card title='第一步：选一个书目分类'>
          <ChoiceList
            label='书目分类'
            choices={[
              ...catalogue.collections.map((c) => ({ id: c.id, label: c.name, description: `${c.bookCount} 本书` })),
              { id: ALL_BOOKS, label: '全部书目', description: `${catalogue.books.length} 本书，印在一起` },
            ]}
            selectedId={collectionId}
            onSelect={setCollectionId}
          />
        </Card>
        <Card title='第二步：打印'>
          {IS_H5 ? (
            <>
              <View>每张 A4 纸印 6 本书，一本书一个二维码。大家用微信扫一扫，就能直接听。</View>
              <BigButton variant='primary' onClick={() => window.print()} disabled={sheet.kind !== 'ready'}>
                打印海报
              </BigButton>
            </>
          ) : (
            <View>请在电脑上打开本系统的网页版，进入“我的 → 打印听书海报”，就可以打印。手机上只能先看看海报的样子。</View>
          )}
        </Card>
      </View>
      {sheet.kind === 'loading' ? <StateView kind='loading' message='正在生成二维码，请稍等。' /> : null}
      {sheet.kind === 'ready' && heading ? (
        <View className='poster-sheet'>
          <View className='poster-sheet__title' {...a11y({ role: 'heading', level: 2 })}>
            红色悦听 · {heading}
          </View>
          {sheet.items.length === 0 ? (
            <View>这个分类里还没有书。</View>
          ) : (
            <View className='poster-sheet__grid' {...a11y({ role: 'list', label: '海报上的书' })}>
              {sheet.items.map((item) => (
                <PosterCard key={item.book.id} item={item} />
              ))}
            </View>
          )}
        </View>
      ) : null}
    </>
  );
}
