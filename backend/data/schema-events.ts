// Table types of the events domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface EventsTables {}

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const EVENTS_TABLES = [] as const;
