// One book being filled in: its chapters so far and the way to add the next one (the upload form on H5).
import type { Chapter } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { StateView } from '../../../components/state-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { spokenLength } from '../../../entities/time/durations';
import { getBook } from '../api/get-book';
import { ChapterAdder } from './chapter-adder';
import { ChapterList } from './chapter-list';

interface BookChaptersProps {
  bookId: number;
  onBack: () => void;
  onMessage: (message: string) => void;
}

export function BookChapters({ bookId, onBack, onMessage }: BookChaptersProps) {
  const book = useRemote(() => getBook(bookId), [bookId]);
  const back = (
    <BigButton onClick={onBack} variant='secondary'>
      ‹ 返回书目列表
    </BigButton>
  );
  const { state } = book;
  if (state.status === 'loading' || state.status === 'idle')
    return <StateView kind='loading' message='正在打开这本书，请稍等。' />;
  if (state.status === 'error')
    return (
      <>
        {back}
        <StateView kind='error' title='没能打开这本书' message={state.message} onRetry={book.retry} />
      </>
    );

  const { chapters } = state.data;
  const added = (chapter: Chapter) => {
    book.update((b) => ({ ...b, chapters: [...b.chapters, chapter] }));
    onMessage(`已添加第 ${chapter.seq} 章“${chapter.title}”，长 ${spokenLength(chapter.duration)}。`);
  };
  return (
    <>
      {back}
      <Card title={`《${state.data.book.title}》的章节`}>
        <ChapterList chapters={chapters} />
      </Card>
      <Card title='添加一章'>
        <ChapterAdder bookId={state.data.book.id} nextSeq={chapters.length + 1} onAdded={added} />
      </Card>
    </>
  );
}
