// The suite registry: adding a suite is one module exporting { description, run(ctx), rows(result) } plus one line here.
// Keys are the names in the JSON report and on the command line (`npm run bench -- coldStart`).
/** @type {Record<string, () => Promise<{ default: { description: string, run: (ctx: import('./context.mjs').BenchContext) => Promise<unknown>, rows: (result: any) => { label: string, value: string, target?: string, pass?: boolean }[] } }>>} */
export const SUITES = {
  bundles: () => import('./bundle-sizes.mjs'),
  coldStart: () => import('./cold-start.mjs'),
  throughput: () => import('./throughput.mjs'),
  saveProgress: () => import('./save-progress.mjs'),
  'scan-to-audio': () => import('./scan-to-audio.mjs'),
  sqliteDurability: () => import('./sqlite-durability.mjs'),
  notices: () => import('./notices.mjs'),
  roster: () => import('./roster.mjs'),
  rush: () => import('./rush.mjs'),
  checkin: () => import('./checkin.mjs'),
  connections: () => import('./connections.mjs'),
  timebank: () => import('./timebank.mjs'),
  dashboard: () => import('./dashboard.mjs'),
};
