// One book being filled in: its chapters so far and (on the H5 host) the form to add the next one.
import { useCallback, useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { StateView } from '../../../components/state-view';
import { messageOf } from '../../../lib/api-error';
import { getBook } from '../api/get-book';
import { formatChapterLength } from '../chapter-length';
import { ChapterList } from './chapter-list';

// Uploading needs a browser file picker: the form is only in the H5 bundle (weapp uploads are future work).
const ChapterForm = process.env.TARO_ENV === 'h5' ? (require('./chapter-form') as typeof import('./chapter-form')).ChapterForm : null;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; book: BookSummary; chapters: Chapter[] };

interface BookChaptersProps {
  bookId: number;
  onBack: () => void;
  onMessage: (message: string) => void;
}

export function BookChapters({ bookId, onBack, onMessage }: BookChaptersProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const fetchBook = useCallback(async () => {
    setLoad({ kind: 'loading' });
    try {
      const { book, chapters } = await getBook(bookId);
      setLoad({ kind: 'ready', book, chapters });
    } catch (error) {
      setLoad({ kind: 'error', message: messageOf(error) });
    }
  }, [bookId]);
  useEffect(() => {
    void fetchBook();
  }, [fetchBook]);

  const back = (
    <BigButton onClick={onBack} variant='secondary'>
      ‹ 返回书目列表
    </BigButton>
  );
  if (load.kind === 'loading') return <StateView kind='loading' message='正在打开这本书，请稍等。' />;
  if (load.kind === 'error') return <>{back}<StateView kind='error' title='没能打开这本书' message={load.message} onRetry={() => void fetchBook()} /></>;

  const { book, chapters } = load;
  const added = (chapter: Chapter) => {
    setLoad({ kind: 'ready', book, chapters: [...chapters, chapter] });
    onMessage(`已添加第 ${chapter.seq} 章“${chapter.title}”，长 ${formatChapterLength(chapter.duration)}。`);
  };
  return (
    <>
      {back}
      <Card title={`《${book.title}》的章节`}>
        <ChapterList chapters={chapters} />
      </Card>
      <Card title='添加一章'>
        {ChapterForm ? (
          <ChapterForm bookId={book.id} nextSeq={chapters.length + 1} onAdded={added} />
        ) : (
          <View>上传音频要在电脑上做：请在电脑上打开本系统的网页版，进入“我的 → 有声书管理”。在手机上上传，以后会支持。</View>
        )}
      </Card>
    </>
  );
}
