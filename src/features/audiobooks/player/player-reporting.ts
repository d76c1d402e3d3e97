// The player's reporting: what was really heard is remembered on the device every few seconds and reported to the
// server every 10 s while playing (and on pause, chapter change and leaving), never waited for. Nothing is kept or
// sent for a chapter nothing of which was heard.
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { ListenedTracker } from '../progress/listened-tracker';
import { mayHaveAccount } from '../progress/listener-identity';
import { savePlace } from '../progress/local-places';
import { reportProgress } from '../progress/progress-sync';
import type { Rate } from './playback-rates';

const REPORT_EVERY_MS = 10_000;
const REMEMBER_EVERY_MS = 2_000;

/** What the reports are about, read from the player when they are made. */
export interface Listening {
  book: BookSummary | null;
  chapter: Chapter | null;
  position: number;
  rate: Rate;
  /** Something of this chapter was really played since it was loaded. */
  heard: boolean;
}

export interface Reporting {
  /** Keeps the place on the device now. */
  remember: () => void;
  /** Sends the place and the time listened since the last report. */
  report: (keepalive?: boolean) => void;
  /** The sound was heard at `position`: counts it, and remembers and reports when they are due. */
  heardAt: (position: number, rate: Rate) => void;
  /** Listening stopped (a pause, a jump, the end): the time since is not counted. */
  stopListening: () => void;
  /** Playback (re)starts: the next report is due a full interval from now. */
  restartClock: () => void;
}

export function createReporting(read: () => Listening): Reporting {
  const tracker = new ListenedTracker();
  let lastReportAt = 0;
  let lastRememberAt = 0;

  const remember = () => {
    const { book, chapter: c, position, heard } = read();
    if (!book || !c || !heard) return;
    lastRememberAt = Date.now();
    savePlace({
      bookId: book.id,
      bookTitle: book.title,
      chapterId: c.id,
      chapterTitle: c.title,
      chapterSeq: c.seq,
      position: Math.round(position * 10) / 10,
      duration: c.duration,
      updatedAt: new Date().toISOString(),
      pendingImport: !mayHaveAccount(),
    });
  };

  const report = (keepalive = false) => {
    const { chapter: c, heard, position: at, rate } = read();
    if (!c || !heard) return;
    lastReportAt = Date.now();
    const position = Math.min(Math.round(at * 10) / 10, c.duration);
    void reportProgress({ chapterId: c.id, position, listened: tracker.take(), rate }, { keepalive }).then((result) => {
      // Refused as a listener without an account: the place waits on the device to be imported at sign-in.
      if (result === 'local-only') remember();
    });
  };

  return {
    remember,
    report,
    heardAt: (position, rate) => {
      tracker.heardAt(position, Date.now(), rate);
      if (Date.now() - lastRememberAt >= REMEMBER_EVERY_MS) remember();
      if (Date.now() - lastReportAt >= REPORT_EVERY_MS) report();
    },
    stopListening: () => tracker.stop(),
    restartClock: () => {
      lastReportAt = Date.now();
    },
  };
}
