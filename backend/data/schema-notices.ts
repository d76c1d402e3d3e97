// Table types of the notices domain; `Schema` (./schema.ts) includes them. Same conventions as schema.ts.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface NoticesTables {}

/** This domain's tables, children before parents: `clearAll` empties them in this order, before the shared tables. */
export const NOTICES_TABLES = [] as const;
