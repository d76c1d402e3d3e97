// events: activities, sign-up and waitlist, the lottery, attendance and family links.
import { defineDomain } from '../domain';
import { EVENT_PANELS } from './panels';
import { EVENTS_JOBS } from './jobs/handlers';
import * as m0006 from './migrations/0006-events';
import { eventScenes } from './scenes/resolve';
import { EVENTS_TABLES } from './schema';

export const events = defineDomain({
  name: 'events',
  migrations: { '0006-events': m0006 },
  tables: EVENTS_TABLES,
  jobs: EVENTS_JOBS,
  scenes: eventScenes,
  makesCodes: ['event', 'attendance'],
  messageKinds: [
    'event_promoted',
    'event_reminder',
    'event_changed',
    'event_cancelled',
    'event_drawn',
    'event_lapsed',
    'event_signed_up',
  ],
  seeds: true,
  panels: EVENT_PANELS,
});
