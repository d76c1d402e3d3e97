// The notices domain's time-driven work; the registry (./registry.ts) runs every handler listed here. Scheduled
// publishing and expiry need none: a notice shows while publish_at ≤ now < expires_at, checked when people read.
import { z } from 'zod';
import { DROP_SPEECH_JOB, speechKey } from '../rules/notices';
import { defineJob, type JobHandler } from './define-job';

/** An edit or a withdrawal leaves the old version's 朗读 audio unreachable: delete it from the store. Idempotent. */
export const dropNoticeSpeech = defineJob({
  kind: DROP_SPEECH_JOB,
  title: '删除通知旧版本的朗读声音',
  payload: z.object({ noticeId: z.number().int().positive(), version: z.number().int().positive() }).strict(),
  async run({ noticeId, version }, { deps }) {
    await deps.files.delete(speechKey(noticeId, version));
  },
});

export const NOTICES_JOBS: readonly JobHandler[] = [dropNoticeSpeech];
