// Adds a chapter from an uploaded audio file; the server reads its length from the file.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export type NewChapter = ActionInput<'audiobooks', 'addChapter'>;

export function addChapter(chapter: NewChapter) {
  return callApi('audiobooks', 'addChapter', chapter);
}
