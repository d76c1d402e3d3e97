// The whole demo, in order: the city (org tree and people), then each domain's own demo data, in the order of
// backend/domains/index.ts (the library before events, volunteer and notices).
import type { FileStore } from '../runtime/deps';
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';
import type { DomainSeed } from '../domains/domain';
import { DOMAINS } from '../domains/index';
import { seedDemoCity } from './demo-city';

/**
 * A domain's seed.ts, found by the folder's convention rather than imported by its manifest: the manifests are in
 * every WeChat bundle (migrate.ts reads them), and demo data should be in none.
 */
const seedOf = (name: string): DomainSeed => (require(`../domains/${name}/seed.ts`) as { seed: DomainSeed }).seed;

export async function seedDemo(
  db: Kysely<Schema>,
  files: FileStore,
  say: (line: string) => void,
  now = new Date(),
): Promise<void> {
  await seedDemoCity(db, say, now);
  for (const domain of DOMAINS) {
    if ('seeds' in domain && domain.seeds) await seedOf(domain.name)(db, files, say, now);
  }
}
