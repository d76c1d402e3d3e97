// The events domain's time-driven work; the registry (./registry.ts) runs every handler listed here.
import type { JobHandler } from '../../../jobs/define-job';
import { eventsTick } from './tick';

export const EVENTS_JOBS: readonly JobHandler[] = [eventsTick];
