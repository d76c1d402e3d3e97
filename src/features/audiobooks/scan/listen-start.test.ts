import Taro from '@tarojs/taro';
import type { BookSummary, Chapter, ProgressItem } from '../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../contracts/qrcode';
import { listenStart } from './listen-start';

const book = { id: 4, title: '红色家书' } as BookSummary;
const chapter = (id: number, seq: number): Chapter => ({
  id,
  bookId: 4,
  seq,
  title: `第${seq}章`,
  duration: 300,
  audioUrl: `/media/${id}.mp3`,
  transcript: '',
});
const chapters = [chapter(41, 1), chapter(42, 2), chapter(43, 3)];
const bookCode: ListenScene = { type: 'book', available: true, id: 4, bookId: 4, title: '红色家书', book, chapters };
const chapterCode = (chapterId: number): ListenScene => ({ ...bookCode, type: 'chapter', id: chapterId, chapterId });
const place = (chapterId: number, position: number, updatedAt = '2026-11-20T08:00:00.000Z'): ProgressItem => ({
  bookId: 4,
  bookTitle: '红色家书',
  chapterId,
  chapterTitle: '',
  chapterSeq: 0,
  position,
  duration: 300,
  updatedAt,
});
const account = (...items: ProgressItem[]) => Promise.resolve(items);

describe('listenStart', () => {
  beforeEach(() => Taro.removeStorageSync('audiobooks.places'));

  it('a book code with nothing heard starts chapter 1 from the beginning', async () => {
    await expect(listenStart(bookCode, account())).resolves.toEqual({ book, chapters, index: 0, position: 0 });
  });

  it('a book code picks up where the account stopped, on another phone', async () => {
    await expect(listenStart(bookCode, account(place(42, 125)))).resolves.toMatchObject({ index: 1, position: 125 });
  });

  it('the newer of this phone’s place and the account’s wins', async () => {
    Taro.setStorageSync('audiobooks.places', [{ ...place(43, 40, '2026-11-21T08:00:00.000Z'), pendingImport: false }]);
    await expect(listenStart(bookCode, account(place(42, 125)))).resolves.toMatchObject({ index: 2, position: 40 });
  });

  it('a chapter code plays that chapter: from the place only if the place is in it', async () => {
    await expect(listenStart(chapterCode(43), account(place(42, 125)))).resolves.toMatchObject({
      index: 2,
      position: 0,
    });
    await expect(listenStart(chapterCode(42), account(place(42, 125)))).resolves.toMatchObject({
      index: 1,
      position: 125,
    });
  });

  it('a chapter heard to its very end starts again rather than playing silence', async () => {
    await expect(listenStart(bookCode, account(place(42, 299)))).resolves.toMatchObject({ index: 1, position: 0 });
  });

  it('a book with no chapters yet has no start', async () => {
    await expect(listenStart({ ...bookCode, chapters: [] }, account())).resolves.toBeNull();
  });
});
