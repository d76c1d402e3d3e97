// A chapter being filled in, the same on both platforms (the browser's upload form and the mini-program's chat-file
// adder): what is still missing, in a sentence, and the addChapter input once the audio is uploaded.
import type { Chapter } from '../../../contracts/audiobooks';
import type { NewChapter } from './api/add-chapter';

/** What every chapter adder is given by the book's page. */
export interface ChapterAdderProps {
  bookId: number;
  nextSeq: number;
  onAdded: (chapter: Chapter) => void;
}

export interface ChapterDraft {
  title: string;
  transcript: string;
}

export const EMPTY_DRAFT: ChapterDraft = { title: '', transcript: '' };

/** The sentence that stops an upload before it starts, or null when title and audio are there. */
export function chapterDraftProblem(draft: ChapterDraft, hasAudio: boolean): string | null {
  if (draft.title.trim() === '') return '请先填写章节名，例如“第一章 初心”。';
  if (!hasAudio) return '请先选择这一章的音频文件。';
  return null;
}

/** audiobooks.addChapter's input: trimmed words, and no transcript at all when none was typed. */
export function newChapter(bookId: number, draft: ChapterDraft, fileRef: string): NewChapter {
  const transcript = draft.transcript.trim();
  return { bookId, title: draft.title.trim(), fileRef, ...(transcript ? { transcript } : {}) };
}
