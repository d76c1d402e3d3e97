// The notices domain's time-driven work; the registry (./registry.ts) runs every handler listed here. Scheduled
// publishing and expiry need none: a notice shows while publish_at ≤ now < expires_at, checked when people read.
import { z } from 'zod';
import { findNotice } from '../queries/notices';
import { noticeSpeechKey, noticeSpeechPrefix } from '../../../files/file-keys';
import { DROP_SPEECH_JOB } from '../rules/notices';
import { defineJob, type JobHandler } from '../../../jobs/define-job';

/**
 * An edit or a withdrawal leaves the old version's 朗读 audio unreachable: delete it from the store, and with it
 * any other audio of the notice that is not its current text (one made while the edit landed, a .wav of an older
 * release); a withdrawn notice keeps none. Idempotent.
 */
export const dropNoticeSpeech = defineJob({
  kind: DROP_SPEECH_JOB,
  title: '删除通知旧版本的朗读声音',
  payload: z.object({ noticeId: z.number().int().positive(), version: z.number().int().positive() }).strict(),
  async run({ noticeId, version }, { deps }) {
    await deps.files.delete(noticeSpeechKey(noticeId, version, deps.fileLinkKey));
    const notice = await findNotice(deps.database.db, noticeId);
    const keep =
      notice && notice.withdrawn_at === null ? noticeSpeechKey(noticeId, notice.version, deps.fileLinkKey) : null;
    // WeChat cloud storage cannot list; it never holds 朗读 audio either (no espeak-ng there).
    if (deps.files.kind === 'wechat') return;
    for (const file of await deps.files.list(noticeSpeechPrefix(noticeId))) {
      if (file.key !== keep) await deps.files.delete(file.key);
    }
  },
});

export const NOTICES_JOBS: readonly JobHandler[] = [dropNoticeSpeech];
