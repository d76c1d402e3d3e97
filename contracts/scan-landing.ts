// The lean scan landing (issue 19): for a book's or a chapter's code the host answers `/s` with a small page of its
// own (apps/host/scan-landing-route.ts) holding the resolved book, and a script of a few KB
// (src/features/audiobooks/lean/scan-landing.ts) that starts the sound, then loads the app to take it over.
import type { BookSummary, Chapter } from './audiobooks';

/** The id of the <script type="application/json"> that carries LeanLandingData. */
export const LEAN_DATA_ID = 'sp-lean-data';
/** The id of the landing's own element, which the app's first page replaces. */
export const LEAN_ROOT_ID = 'sp-lean';

export interface LeanLandingData {
  book: BookSummary;
  /** The chapters without their transcripts (the player fetches the book for those). */
  chapters: Omit<Chapter, 'transcript'>[];
  /** A chapter's code: that chapter. */
  chapterId?: number;
  /** The player page's path (PAGES.player.index) and the home tab's, as the app routes them. */
  playerPath: string;
  homePath: string;
  /** The app's own files (from its index.html), loaded once the sound has started. */
  app: { scripts: string[]; styles: string[] };
}
