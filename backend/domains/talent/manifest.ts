// talent (银发人才库): profiles and consent, requests, candidates and invitations, the match rate, the 服务菜单.
import { defineDomain } from '../domain';
import { TALENT_JOBS } from './jobs/handlers';
import * as m0015 from './migrations/0015-talent';
import { TALENT_PANELS } from './panels';
import { TALENT_TABLES } from './schema';

export const talent = defineDomain({
  name: 'talent',
  migrations: { '0015-talent': m0015 },
  tables: TALENT_TABLES,
  jobs: TALENT_JOBS,
  messageKinds: ['talent_consent_renew', 'talent_invited', 'talent_answered'],
  panels: TALENT_PANELS,
  seeds: true,
});
