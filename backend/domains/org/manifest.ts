// org: the org tree, the roster, roles and transfers. org_units and people are shared (backend/data/schema.ts).
import { defineDomain } from '../domain';
import { ORG_PANELS } from './panels';
import { ORG_JOBS } from './jobs/handlers';
import * as m0009 from './migrations/0009-org';
import { ORG_TABLES } from './schema';

export const org = defineDomain({
  name: 'org',
  migrations: { '0009-org': m0009 },
  tables: ORG_TABLES,
  jobs: ORG_JOBS,
  messageKinds: ['transfer_requested', 'transfer_accepted', 'transfer_withdrawn'],
  panels: ORG_PANELS,
});
