// The player against a stand-in engine that behaves like the platform ones: a failed load stays failed until it is
// loaded afresh, and only sound that was really played moves the remembered place.
import type { AudioEngine, AudioEvent, AudioFailure, AudioTrack } from '../audio/audio-engine';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';

class FakeEngine implements AudioEngine {
  loads: AudioTrack[] = [];
  plays = 0;
  src = '';
  time = 0;
  isPaused = true;
  why: AudioFailure = 'offline';
  private listeners = new Set<(event: AudioEvent) => void>();

  emit(event: AudioEvent): void {
    this.listeners.forEach((l) => l(event));
  }
  load(track: AudioTrack): Promise<void> {
    this.loads.push(track);
    this.src = track.src;
    this.time = track.startAt;
    this.isPaused = false;
    return Promise.resolve();
  }
  play(): Promise<void> {
    this.plays += 1;
    this.isPaused = false;
    return Promise.resolve();
  }
  pause(): void {
    this.isPaused = true;
    this.emit('pause');
  }
  seek(seconds: number): void {
    this.time = seconds;
  }
  setRate(): void {}
  currentSrc(): string {
    return this.src;
  }
  currentTime(): number {
    return this.time;
  }
  duration(): number {
    return 60;
  }
  paused(): boolean {
    return this.isPaused;
  }
  failure(): AudioFailure {
    return this.why;
  }
  on(listener: (event: AudioEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  setRemoteControls(): void {}

  /** Sound comes out and its clock moves to `seconds`. */
  sounds(seconds: number): void {
    this.isPaused = false;
    this.emit('playing');
    this.time = seconds;
    this.emit('timeupdate');
  }
  /** The load fails the way a browser's does: an error, then a pause with the clock back at 0. */
  fails(): void {
    this.emit('error');
    this.isPaused = true;
    this.time = 0;
    this.emit('pause');
  }
}

const engine = new FakeEngine();
const saved: { bookId: number; chapterId: number; position: number }[] = [];

jest.mock('../audio/create-audio-engine', () => ({ audioEngine: () => engine }));
jest.mock('../progress/local-places', () => ({ savePlace: (p: (typeof saved)[number]) => saved.push(p) }));
jest.mock('../progress/progress-sync', () => ({
  reportProgress: () => Promise.resolve('saved'),
  retryWaitingReports: () => Promise.resolve('saved'),
  importLocalPlaces: () => Promise.resolve(),
}));
jest.mock('../progress/find-resume-place', () => ({ findResumePlace: () => Promise.resolve(null) }));

const book = (id: number): BookSummary => ({
  id,
  collectionId: 1,
  title: `书${id}`,
  author: '编写组',
  reader: '',
  description: '',
  coverColor: '#8E1B1B',
  coverGlyph: '书',
  chapterCount: 2,
  totalDuration: 120,
});
const chapters = (bookId: number): Chapter[] =>
  [1, 2].map((seq) => ({
    id: bookId * 10 + seq,
    bookId,
    seq,
    title: `第${seq}章`,
    duration: 60,
    audioUrl: `/media/${bookId}/${seq}.mp3`,
    transcript: '',
  }));

jest.mock('../api/get-book', () => ({
  getBook: ({ bookId }: { bookId: number }) => Promise.resolve({ book: book(bookId), chapters: chapters(bookId) }),
}));

// Imported after the stand-ins are set up: the mocks above reach for them when the player module loads.
import { usePlayerStore } from './player-store';

const store = () => usePlayerStore.getState();

describe('player', () => {
  beforeEach(() => {
    saved.length = 0;
    engine.loads = [];
    engine.plays = 0;
  });

  it('after a failed load, 播放 loads the same chapter afresh at the same place (not a play() of the dead one)', async () => {
    await store().open(1, undefined, false);
    store().play();
    engine.sounds(12);
    expect(store().status).toBe('playing');

    engine.fails();
    expect(store().status).toBe('error');
    expect(store().message).toContain('手机没有连上网络');
    expect(store().message).toContain('从刚才的地方接着听');
    // The failed element's clock went back to 0; the place heard is kept.
    expect(store().position).toBe(12);

    const loadsBefore = engine.loads.length;
    const playsBefore = engine.plays;
    store().play();
    expect(engine.plays).toBe(playsBefore);
    expect(engine.loads.length).toBe(loadsBefore + 1);
    expect(engine.loads.at(-1)).toMatchObject({ src: '/media/1/1.mp3', startAt: 12 });
    expect(store().status).toBe('buffering');
  });

  it('a load that hangs says so after a while, and 重试 loads afresh', async () => {
    jest.useFakeTimers();
    try {
      await store().open(2, undefined, false);
      store().play();
      expect(store().slow).toBe(false);
      jest.advanceTimersByTime(16_000);
      expect(store()).toMatchObject({ status: 'buffering', slow: true });
      expect(store().message).toContain('重试');
      const loadsBefore = engine.loads.length;
      store().retry();
      expect(engine.loads.length).toBe(loadsBefore + 1);
      expect(store().slow).toBe(false);
      engine.sounds(1);
      jest.advanceTimersByTime(16_000);
      expect(store()).toMatchObject({ status: 'playing', slow: false, message: null });
    } finally {
      jest.useRealTimers();
    }
  });

  it('opening a book or choosing a chapter without listening remembers nothing; listening does', async () => {
    await store().open(3, undefined, false);
    saved.length = 0; // (leaving the book heard before is remembered, rightly)
    store().flush(false);
    store().chooseChapter(1);
    store().flush(false);
    expect(saved).toEqual([]);

    engine.sounds(5);
    store().flush(false);
    expect(saved.at(-1)).toMatchObject({ bookId: 3, chapterId: 32, position: 5 });
  });

  it('opening another book pauses the one playing, so what is heard is what the screens show', async () => {
    await store().open(4, undefined, false);
    store().play();
    engine.sounds(3);
    await store().open(5, undefined, false);
    expect(engine.paused()).toBe(true);
    expect(store()).toMatchObject({ status: 'ready', heard: false, listened: false });
    expect(store().book?.id).toBe(5);
  });

  it('上一章 / 下一章 play the chapter before and after; nothing past the ends', async () => {
    await store().open(6, undefined, false);
    store().previous();
    expect(store().index).toBe(0);
    store().next();
    expect(store().index).toBe(1);
    expect(engine.loads.at(-1)).toMatchObject({ src: '/media/6/2.mp3', startAt: 0 });
    store().next();
    expect(store().index).toBe(1);
    store().previous();
    expect(engine.loads.at(-1)).toMatchObject({ src: '/media/6/1.mp3', startAt: 0 });
  });
});
