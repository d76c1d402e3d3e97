import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { startAt, whereWords } from './start-place';

const book = { id: 4, title: '红色家书' } as BookSummary;
const chapter = (id: number, seq: number, duration = 300): Pick<Chapter, 'id' | 'seq' | 'title' | 'duration'> => ({
  id,
  seq,
  title: `第${seq}章`,
  duration,
});
const chapters = [chapter(41, 1), chapter(42, 2), chapter(43, 3, 100)];
const place = (chapterId: number, position: number) => ({
  bookId: 4,
  chapterId,
  position,
  updatedAt: '2026-11-20T08:00:00.000Z',
});

describe('startAt (the lean landing and the app’s alike)', () => {
  it('a book with no chapter yet has nowhere to start', () => {
    expect(startAt({ book, chapters: [] }, place(41, 30))).toBeNull();
  });

  it('a book’s code: the remembered place, else chapter 1 from the top', () => {
    expect(startAt({ book, chapters }, place(42, 75))).toMatchObject({ index: 1, position: 75 });
    expect(startAt({ book, chapters }, null)).toMatchObject({ index: 0, position: 0 });
  });

  it('a chapter’s code: that chapter, at the place only when the place is in it', () => {
    expect(startAt({ book, chapters, chapterId: 43 }, place(42, 75))).toMatchObject({ index: 2, position: 0 });
    expect(startAt({ book, chapters, chapterId: 42 }, place(42, 75))).toMatchObject({ index: 1, position: 75 });
  });

  it('a place in a chapter no longer there, or at a chapter’s very end, starts over', () => {
    expect(startAt({ book, chapters }, place(99, 75))).toMatchObject({ index: 0, position: 0 });
    expect(startAt({ book, chapters }, place(43, 98))).toMatchObject({ index: 2, position: 0 });
  });
});

describe('whereWords', () => {
  it('says where 开始收听 starts, in a sentence', () => {
    expect(whereWords(chapters[0], 0)).toBe('从第1章“第1章”开始听。');
    expect(whereWords(chapters[1], 75.9)).toBe('从上次停下的地方（第2章 1分15秒）接着听。');
  });
});
