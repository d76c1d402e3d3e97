// The 听书 tab's shelf: collections and books, narrowed by a collection or a title search (the newest search wins).
import { useRemote } from '../../../entities/remote/use-remote';
import { listBooks } from '../api/list-books';

export interface ShelfFilter {
  collectionId?: number;
  query?: string;
}

export function useLibrary({ collectionId, query }: ShelfFilter) {
  return useRemote(() => listBooks({ collectionId, query: query || undefined }), [collectionId, query]);
}
