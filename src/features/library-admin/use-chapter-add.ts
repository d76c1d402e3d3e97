// Adding a chapter, the part both platforms share (the browser's upload form and the mini-program's chat-file adder):
// the draft, the check before sending, and the add once the audio is up, which empties the form and tells the page.
// How the audio gets up is each platform's own, passed in as `upload`.
import { useState } from 'react';
import { useAction } from '../../entities/remote/use-action';
import { addChapter } from './api/add-chapter';
import { chapterDraftProblem, EMPTY_DRAFT, newChapter, type ChapterAdderProps } from './chapter-draft';

export interface AddOptions {
  /** The sentence for a failure that is not the server's (the upload's): default messageOf's. */
  unexplained?: string;
  /** After a success, before the page hears of it (e.g. forget the chosen file). */
  then?: () => void;
}

export function useChapterAdd({ bookId, onAdded }: Pick<ChapterAdderProps, 'bookId' | 'onAdded'>) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const { run, busy, said, say } = useAction();

  /** Whether the draft may go; when not, says what is missing. */
  const ready = (hasAudio: boolean): boolean => {
    const missing = chapterDraftProblem(draft, hasAudio);
    say(missing ? { ok: false, text: missing } : null);
    return missing === null;
  };

  /** Puts the audio up and adds the chapter with its reference. */
  const add = (upload: () => Promise<string>, options: AddOptions = {}) =>
    // A retry may carry other audio (the browser uploads again), so each add keeps addChapter's own request id.
    run(async () => addChapter(newChapter(bookId, draft, await upload())), {
      unexplained: options.unexplained,
      then: ({ chapter }) => {
        setDraft(EMPTY_DRAFT);
        options.then?.();
        onAdded(chapter);
      },
    });

  return { draft, setDraft, ready, add, busy, said, say };
}
