// The demo's events, in time relative to `now` so the demo always looks current. Runs after the city and the library.
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';

export async function seedDemoEvents(_db: Kysely<Schema>, _say: (line: string) => void, _now: Date): Promise<void> {
  // Nothing yet: the events issue fills this in.
}
