// The server's audio of a notice (or a sentence saying why there is none).
import { callApi } from '../../../lib/api-client';

export function getSpeech(noticeId: number) {
  return callApi('notices', 'speech', { noticeId });
}
