// The time bank (时间银行 · 低龄帮高龄, issue 21): requests (the shared help_requests), offers, the elder's printed
// card, visits counter-signed within 72 hours, the hours on the shared ledger, coverage and the nightly check.
import { defineDomain } from '../domain';
import { TIMEBANK_JOBS } from './jobs/handlers';
import * as m0014 from './migrations/0014-timebank';
import * as m0018 from './migrations/0018-timebank-certificates';
import * as m0018b from './migrations/0018-timebank-visit-transfer';
import { TIMEBANK_PANELS } from './panels';
import { TIMEBANK_TABLES } from './schema';
import { timebankScenes } from './scenes/resolve';

export const timebank = defineDomain({
  name: 'timebank',
  migrations: {
    '0014-timebank': m0014,
    '0018-timebank-certificates': m0018,
    '0018-timebank-visit-transfer': m0018b,
  },
  tables: TIMEBANK_TABLES,
  jobs: TIMEBANK_JOBS,
  scenes: timebankScenes,
  seeds: true,
  panels: TIMEBANK_PANELS,
});
