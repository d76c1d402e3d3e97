// 朗读 for a browser without a Chinese voice (and the mini-program): the server's audio of the notice's current
// version, or a sentence saying it cannot be read aloud here — never silence.
import { speechText } from '../../contracts/notice-speech';
import { noticeInput, type NoticesApi } from '../../contracts/notices';
import { action } from '../../backend/runtime/define-function';
import { loadForCaller } from './notice-access';
import { SPEECH_MIME, speechFor } from './speech-audio';

export const speech = action({
  access: 'person',
  input: noticeInput,
  // Making audio costs a second of CPU the first time: a few per minute per person is plenty.
  limit: { points: 20, seconds: 60 },
  async run(input, { deps, caller }): Promise<NoticesApi['speech']['output']> {
    const { notice } = await loadForCaller(deps.database.db, input.noticeId, caller, deps.now());
    const made = await speechFor(deps.files, notice.id, notice.version, speechText(notice));
    if (made.kind === 'ready') return { audio: { url: made.url, mime: SPEECH_MIME }, message: null };
    return {
      audio: null,
      message: made.reason === 'missing' ? '这里暂时不能朗读：服务器没有装朗读软件。请放大字体阅读，或请家人帮忙读一读。' : '朗读的声音没有做出来，请稍后再试一次。',
    };
  },
});
