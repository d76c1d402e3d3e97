// The whole demo, in order: the city (org tree and people), the library, then each domain's own demo data.
import type { FileStore } from '../runtime/deps';
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';
import { seedDemoCity } from './demo-city';
import { seedDemoEvents } from '../domains/events/seed';
import { seedDemoLibrary } from './demo-library';
import { seedDemoNotices } from '../domains/notices/seed';
import { seedDemoVolunteer } from '../domains/volunteer/seed';

export async function seedDemo(db: Kysely<Schema>, files: FileStore, say: (line: string) => void, now = new Date()): Promise<void> {
  await seedDemoCity(db, say, now);
  await seedDemoLibrary(db, files, say, now);
  await seedDemoEvents(db, say, now);
  await seedDemoVolunteer(db, say, now);
  await seedDemoNotices(db, say, now);
}
