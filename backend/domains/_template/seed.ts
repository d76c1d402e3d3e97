// The domain's share of the demo (backend/seed/demo.ts runs it after the city, when the manifest says `seeds`).
import type { DomainSeed } from '../domain';

export const seed: DomainSeed = async (db, _files, say, now) => {
  const first = await db.selectFrom('people').select('id').orderBy('id').executeTakeFirst();
  if (!first) return;
  await db
    .insertInto('template_notes')
    .values({ person_id: first.id, text: '欢迎！', created_at: now.toISOString() })
    .execute();
  say('template: 1 note');
};
