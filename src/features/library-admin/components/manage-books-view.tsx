// 有声书管理: the book list → a new book's form → one book's chapters. One thing on screen at a time.
import { useCallback, useEffect, useState } from 'react';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { messageOf } from '../../../lib/api-error';
import { listLibrary } from '../api/list-library';
import { BookChapters } from './book-chapters';
import { BookForm } from './book-form';
import './manage-books.scss';

type Catalogue = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; collections: Collection[]; books: BookSummary[] };
type Step = { kind: 'list' } | { kind: 'create' } | { kind: 'book'; bookId: number };

export function ManageBooksView({ onMessage }: { onMessage: (message: string) => void }) {
  const [catalogue, setCatalogue] = useState<Catalogue>({ kind: 'loading' });
  const [step, setStep] = useState<Step>({ kind: 'list' });

  const fetchCatalogue = useCallback(async () => {
    setCatalogue({ kind: 'loading' });
    try {
      const { collections, books } = await listLibrary();
      setCatalogue({ kind: 'ready', collections, books });
    } catch (error) {
      setCatalogue({ kind: 'error', message: messageOf(error) });
    }
  }, []);
  useEffect(() => {
    void fetchCatalogue();
  }, [fetchCatalogue]);

  const backToList = () => {
    setStep({ kind: 'list' });
    // Chapter counts changed while a book was open.
    void fetchCatalogue();
  };

  if (step.kind === 'book') return <BookChapters bookId={step.bookId} onBack={backToList} onMessage={onMessage} />;
  if (catalogue.kind === 'loading') return <StateView kind='loading' message='正在读取书目，请稍等。' />;
  if (catalogue.kind === 'error') return <StateView kind='error' title='没能读取书目' message={catalogue.message} onRetry={() => void fetchCatalogue()} />;

  if (step.kind === 'create') {
    return (
      <Card title='新建一本书'>
        <BookForm
          collections={catalogue.collections}
          onCancel={() => setStep({ kind: 'list' })}
          onCreated={(book) => {
            onMessage(`《${book.title}》已建好。现在请给它添加章节。`);
            setStep({ kind: 'book', bookId: book.id });
          }}
        />
      </Card>
    );
  }

  const nameOf = new Map(catalogue.collections.map((c) => [c.id, c.name]));
  return (
    <>
      <BigButton variant='primary' onClick={() => setStep({ kind: 'create' })}>
        新建一本书
      </BigButton>
      <Card title={`已有的书（${catalogue.books.length} 本）`}>
        {catalogue.books.map((b) => (
          <ListRow
            key={b.id}
            title={b.title}
            description={`${nameOf.get(b.collectionId) ?? ''} · ${b.author}`}
            status={`${b.chapterCount} 章`}
            onClick={() => setStep({ kind: 'book', bookId: b.id })}
          />
        ))}
      </Card>
    </>
  );
}
