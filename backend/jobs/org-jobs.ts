// The org domain's time-driven work; the registry (./registry.ts) runs every handler listed here.
import type { JobHandler } from './define-job';

export const ORG_JOBS: readonly JobHandler[] = [];
