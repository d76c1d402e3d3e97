// The 听书 tab's shelf: collections and books, narrowed by a collection or a title search.
import { useCallback, useEffect, useState } from 'react';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { messageOf } from '../../../lib/api-error';
import { listBooks } from '../api/list-books';

export interface ShelfFilter {
  collectionId?: number;
  query?: string;
}

export type Shelf =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; collections: Collection[]; books: BookSummary[] };

export function useLibrary(filter: ShelfFilter): { shelf: Shelf; reload: () => void } {
  const [shelf, setShelf] = useState<Shelf>({ status: 'loading' });
  const { collectionId, query } = filter;

  const reload = useCallback(() => {
    let current = true;
    setShelf({ status: 'loading' });
    listBooks({ collectionId, query: query || undefined })
      .then(({ collections, books }) => current && setShelf({ status: 'ready', collections, books }))
      .catch((error: unknown) => current && setShelf({ status: 'error', message: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [collectionId, query]);

  useEffect(reload, [reload]);
  return { shelf, reload };
}
