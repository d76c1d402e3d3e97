// The 听书 tab: 继续收听 first, then search, the collections and the books. Listening needs no account.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import { StateView } from '../../../../components/state-view';
import { a11y } from '../../../../lib/a11y';
import { useContinuePlace } from '../../library/use-continue-place';
import { useLibrary, type ShelfFilter } from '../../library/use-library';
import { BookList } from './book-list';
import { BookSearch } from './book-search';
import { CollectionCards } from './collection-cards';
import { ContinueCard } from './continue-card';
import './library.scss';

function shelfHeading(filter: ShelfFilter, collectionName: string | undefined, count: number): string {
  if (filter.query) return count > 0 ? `书名里有“${filter.query}”的书（${count} 本）` : `书名里有“${filter.query}”的书`;
  if (collectionName) return `“${collectionName}”里的书`;
  return '全部的书';
}

export function BooksHome() {
  const [filter, setFilter] = useState<ShelfFilter>({});
  const [collectionName, setCollectionName] = useState<string>();
  const library = useLibrary(filter);
  const shelf = library.state;
  const { place, playing } = useContinuePlace();
  const narrowed = filter.query !== undefined || filter.collectionId !== undefined;
  const showAll = () => {
    setFilter({});
    setCollectionName(undefined);
  };

  return (
    <View className='library'>
      {place ? <ContinueCard place={place} playing={playing} /> : null}
      <BookSearch initial={filter.query ?? ''} onSearch={(query) => (query ? setFilter({ query }) : showAll())} />
      {shelf.status === 'loading' ? <StateView kind='loading' message='正在打开书架，请稍等。' /> : null}
      {shelf.status === 'error' ? (
        <StateView kind='error' title='书架没有打开' message={shelf.message} onRetry={library.retry} />
      ) : null}
      {shelf.status === 'ready' ? (
        <>
          {!narrowed && shelf.data.collections.length > 0 ? (
            <CollectionCards
              collections={shelf.data.collections}
              onOpen={(c) => {
                setFilter({ collectionId: c.id });
                setCollectionName(c.name);
              }}
            />
          ) : null}
          <View className='library__section'>
            <View className='library__heading' {...a11y({ role: 'heading', level: 2 })}>
              {shelfHeading(filter, collectionName, shelf.data.books.length)}
            </View>
            {shelf.data.books.length > 0 ? (
              <BookList books={shelf.data.books} />
            ) : (
              <StateView
                kind='empty'
                title='没有找到书'
                message={
                  filter.query
                    ? `书名里有“${filter.query}”的书，书架上还没有。可以少写几个字再搜，或者看看全部的书。`
                    : '这里还没有书。过些日子再来看看。'
                }
              />
            )}
            {narrowed ? <BigButton onClick={showAll}>看全部的书</BigButton> : null}
          </View>
        </>
      ) : null}
    </View>
  );
}
