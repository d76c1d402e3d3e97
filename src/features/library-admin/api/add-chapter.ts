// Adds a chapter from an uploaded audio file; the server reads its length from the file.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export type NewChapter = ActionInput<'audiobooks', 'addChapter'>;

/** `requestId` names this one submission: a resend on a weak network cannot add it twice. */
export function addChapter(chapter: NewChapter, requestId = newRequestId()) {
  return callApi('audiobooks', 'addChapter', chapter, { requestId });
}
