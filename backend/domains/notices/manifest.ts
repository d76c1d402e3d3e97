// notices: 通知公告 with receipts, reminders and read-aloud speech.
import { defineDomain } from '../domain';
import { NOTICE_PANELS } from './panels';
import { NOTICES_JOBS } from './jobs/handlers';
import * as m0008 from './migrations/0008-notices';
import { NOTICES_TABLES } from './schema';

export const notices = defineDomain({
  name: 'notices',
  migrations: { '0008-notices': m0008 },
  tables: NOTICES_TABLES,
  jobs: NOTICES_JOBS,
  messageKinds: ['notice_posted', 'notice_reminder'],
  seeds: true,
  panels: NOTICE_PANELS,
});
