// 朗读 for a browser without a Chinese voice (and the mini-program on a host): the server's audio of the notice's
// current version, or a sentence saying it cannot be read aloud here — never silence. In WeChat cloud it answers
// SPEECH_UNAVAILABLE and the mini-program speaks the text itself. The audio is private: the answer is
// a listening link for this person that ends soon after the audio would (speech-link.ts checks it when fetched).
import { speechText } from '../../../../contracts/notice-speech';
import { noticeInput, type NoticesApi } from '../../../../contracts/notices';
import { findNotice } from '../queries/notices';
import { noticeSpeechKey } from '../../../files/file-keys';
import { listenLinkPath } from '../../../files/listen-links';
import { listenLinkEnd } from '../rules/notice-audio';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadForCaller } from '../access';
import { SPEECH_MIME, speechFor } from './speech-audio';

const SAY = {
  withdrawn: '这条通知已经撤回了，不再朗读。',
  changed: '这条通知刚刚修改过了，请再点一次“朗读”，听修改后的内容。',
  missing: '这里暂时不能朗读：服务器没有装朗读软件。请放大字体阅读，或请家人帮忙读一读。',
  tooLong: '这条通知太长了，不能做成朗读的声音。请放大字体阅读，或请家人帮忙读一读。',
  failed: '朗读的声音没有做出来，请稍后再试一次。',
  noEngine: '服务器这边不能把通知做成声音。请放大字体阅读，或请家人帮忙读一读。',
} as const;

export const speech = action(
  {
    access: 'person',
    input: noticeInput,
    // Making audio costs seconds of CPU the first time: a few per minute per person is plenty.
    limit: { points: 20, seconds: 60 },
  },
  async function speech(input, { deps, caller }): Promise<NoticesApi['speech']['output']> {
    const db = deps.database.db;
    const { notice } = await loadForCaller(db, input.noticeId, caller, deps.now());
    // Its managers still open a withdrawn notice; nobody hears it, so no audio is made that no job would remove.
    if (notice.withdrawn_at !== null) throw fail.conflict(SAY.withdrawn);
    // WeChat cloud: no espeak-ng to spawn, no file listing for the budget, no /listen route. A code of its own
    // (never INTERNAL) tells the mini-program to speak with WechatSI on the phone (docs/NOTICES.md).
    if (!deps.speech) throw new AppError('SPEECH_UNAVAILABLE', SAY.noEngine);
    const key = noticeSpeechKey(notice.id, notice.version, deps.fileLinkKey);
    const made = await speechFor(deps.speech, deps.files, notice.id, key, speechText(notice));
    if (made.kind === 'unavailable') {
      return {
        audio: null,
        message: made.reason === 'missing' ? SAY.missing : made.reason === 'too-long' ? SAY.tooLong : SAY.failed,
      };
    }
    // An edit or a withdrawal may have landed while the audio was made; its job may already have run. Ask again
    // after storing: either this sees the change and deletes the audio, or the change's job sees the file.
    const current = await findNotice(db, notice.id);
    if (!current || current.version !== notice.version || current.withdrawn_at !== null) {
      await deps.files.delete(key);
      if (current?.withdrawn_at != null) throw fail.conflict(SAY.withdrawn);
      return { audio: null, message: SAY.changed };
    }
    const url = listenLinkPath(key, caller.person.id, listenLinkEnd(made.bytes, deps.now()), deps.fileLinkKey);
    return { audio: { url, mime: SPEECH_MIME }, message: null };
  },
);
