// The smallest domain that compiles, to copy (it is not in backend/domains/index.ts, so nothing runs it).
// A new domain <d>:
//   1. cp -r backend/domains/_template backend/domains/<d>, then rename: `template` → <d> in the names below,
//      the function in function.ts, the tables in schema.ts; the migration gets the next free number.
//   2. One line in backend/domains/index.ts: import its manifest and put it in DOMAINS (before the domains whose
//      tables its tables point at, so that clearAll deletes children first).
//   3. Its inputs and outputs go to contracts/<d>.ts (the client reads them), its inbox message kinds to
//      contracts/inbox.ts and to `messageKinds` here, new scene types to contracts/qrcode.ts and `scenes` here.
// The host serves it at POST /api/<d>; scripts/build-cloud.mjs writes its WeChat entry; the migrations, the Schema
// type, clearAll, the jobs and the demo seed pick up what this manifest and the folder's files say.
import { defineDomain } from '../domain';
import { TEMPLATE_JOBS } from './jobs/handlers';
import * as m0013 from './migrations/0013-template';
import { TEMPLATE_TABLES } from './schema';

export const template = defineDomain({
  name: 'template',
  migrations: { '0013-template': m0013 },
  tables: TEMPLATE_TABLES,
  jobs: TEMPLATE_JOBS,
  seeds: true,
});
