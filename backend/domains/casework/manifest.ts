// casework: 民情工作室 records — studios and their staff, visits, dispute cases to their 回访 and close (issue 22).
import { defineDomain } from '../domain';
import { CASEWORK_JOBS } from './jobs/handlers';
import * as m0016 from './migrations/0016-casework';
import { CASEWORK_PANELS } from './panels';
import { CASEWORK_TABLES } from './schema';

export const casework = defineDomain({
  name: 'casework',
  migrations: { '0016-casework': m0016 },
  tables: CASEWORK_TABLES,
  jobs: CASEWORK_JOBS,
  messageKinds: ['casework_case_overdue', 'casework_case_flagged'],
  seeds: true,
  panels: CASEWORK_PANELS,
});
