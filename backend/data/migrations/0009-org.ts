// org: the tables of this domain (filled in by its issue).
import type { Kysely } from 'kysely';
import type { Engine } from '../database';

export async function up(_db: Kysely<unknown>, _engine: Engine): Promise<void> {
  // No tables yet.
}
