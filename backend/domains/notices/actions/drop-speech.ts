// Schedules the deletion of a version's 朗读 audio, in the transaction of the edit or withdrawal that retires it.
import type { Transaction } from 'kysely';
import { scheduleJob } from '../../../data/jobs';
import type { Schema } from '../../../data/schema';
import { DROP_SPEECH_JOB } from '../rules/notices';

export async function dropSpeechLater(
  trx: Transaction<Schema>,
  noticeId: number,
  version: number,
  now: Date,
): Promise<void> {
  await scheduleJob(
    trx,
    {
      kind: DROP_SPEECH_JOB,
      payload: { noticeId, version },
      dedupeKey: `${DROP_SPEECH_JOB}:${noticeId}:${version}`,
      runAt: now,
    },
    now,
  );
}
