// The domain's time-driven work, listed in its manifest's `jobs`. Each run must be idempotent.
import { z } from 'zod';
import { defineJob, type JobHandler } from '../../../jobs/define-job';

const DAY_MS = 24 * 3600_000;
/** How long a note is kept. */
const NOTE_DAYS = 30;

export const pruneNotes = defineJob({
  kind: 'template.prune-notes',
  title: '删除过期的留言',
  payload: z.object({}).strict(),
  every: DAY_MS,
  async run(_payload, { deps }) {
    const before = new Date(deps.now().getTime() - NOTE_DAYS * DAY_MS).toISOString();
    await deps.database.db.deleteFrom('template_notes').where('created_at', '<', before).execute();
  },
});

export const TEMPLATE_JOBS: readonly JobHandler[] = [pruneNotes];
