// volunteer: posts, shifts, check-in and service hours.
import { defineDomain } from '../domain';
import { VOLUNTEER_PANELS } from './panels';
import { VOLUNTEER_JOBS } from './jobs/handlers';
import * as m0007 from './migrations/0007-volunteer';
import * as m0010 from './migrations/0010-volunteer-trust';
import { volunteerScenes } from './scenes/resolve';
import { VOLUNTEER_TABLES } from './schema';

export const volunteer = defineDomain({
  name: 'volunteer',
  migrations: { '0007-volunteer': m0007, '0010-volunteer-trust': m0010 },
  tables: VOLUNTEER_TABLES,
  jobs: VOLUNTEER_JOBS,
  scenes: volunteerScenes,
  makesCodes: ['post', 'checkin'],
  messageKinds: [
    'volunteer_shift_reminder',
    'volunteer_record_confirmed',
    'volunteer_record_corrected',
    'volunteer_correction_answered',
  ],
  seeds: true,
  panels: VOLUNTEER_PANELS,
});
