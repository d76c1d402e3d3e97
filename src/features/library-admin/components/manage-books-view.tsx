// 有声书管理: the book list → a new book's form → one book's chapters. One thing on screen at a time.
import { useState } from 'react';
import type { BookSummary, Collection } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { listLibrary } from '../api/list-library';
import { BookChapters } from './book-chapters';
import { BookForm } from './book-form';
import './manage-books.scss';

type Step = { kind: 'list' } | { kind: 'create' } | { kind: 'book'; bookId: number };

export function ManageBooksView({ onMessage }: { onMessage: (message: string) => void }) {
  const catalogue = useRemote(listLibrary, []);
  const [step, setStep] = useState<Step>({ kind: 'list' });

  const backToList = () => {
    setStep({ kind: 'list' });
    // Chapter counts changed while a book was open.
    catalogue.retry();
  };

  if (step.kind === 'book') return <BookChapters bookId={step.bookId} onBack={backToList} onMessage={onMessage} />;
  return (
    <RemoteView remote={catalogue} loading='正在读取书目，请稍等。' failed='没能读取书目'>
      {({ collections, books }) =>
        step.kind === 'create' ? (
          <Card title='新建一本书'>
            <BookForm
              collections={collections}
              onCancel={() => setStep({ kind: 'list' })}
              onCreated={(book) => {
                onMessage(`《${book.title}》已建好。现在请给它添加章节。`);
                setStep({ kind: 'book', bookId: book.id });
              }}
            />
          </Card>
        ) : (
          <BookShelf
            collections={collections}
            books={books}
            onCreate={() => setStep({ kind: 'create' })}
            onOpen={(bookId) => setStep({ kind: 'book', bookId })}
          />
        )
      }
    </RemoteView>
  );
}

interface BookShelfProps {
  collections: Collection[];
  books: BookSummary[];
  onCreate: () => void;
  onOpen: (bookId: number) => void;
}

/** 新建一本书 first, then every book with its collection, author and chapter count. */
function BookShelf({ collections, books, onCreate, onOpen }: BookShelfProps) {
  const nameOf = new Map(collections.map((c) => [c.id, c.name]));
  return (
    <>
      <BigButton variant='primary' onClick={onCreate}>
        新建一本书
      </BigButton>
      <Card title={`已有的书（${books.length} 本）`}>
        {books.map((b) => (
          <ListRow
            key={b.id}
            title={b.title}
            description={`${nameOf.get(b.collectionId) ?? ''} · 作者：${b.author}`}
            status={`${b.chapterCount} 章`}
            onClick={() => onOpen(b.id)}
          />
        ))}
      </Card>
    </>
  );
}
