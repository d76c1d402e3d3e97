// Queries about people: who someone is, where they sit in the tree, and which roles they hold where.
import type { Kysely } from 'kysely';
import type { ScopedGrant } from '../rules/org-scope';
import type { OrgUnitRow, PersonRow, Schema } from './schema';

export interface PersonProfile {
  person: PersonRow;
  orgUnit: OrgUnitRow;
  grants: ScopedGrant[];
}

export async function loadPersonProfile(db: Kysely<Schema>, personId: number): Promise<PersonProfile | null> {
  const row = await db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .selectAll('people')
    .select([
      'org_units.name as unit_name',
      'org_units.level as unit_level',
      'org_units.parent_id as unit_parent_id',
      'org_units.path as unit_path',
      'org_units.created_at as unit_created_at',
    ])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  const grants = await db
    .selectFrom('role_grants')
    .innerJoin('org_units', 'org_units.id', 'role_grants.org_unit_id')
    .select(['role_grants.role', 'role_grants.org_unit_id', 'org_units.path'])
    .where('role_grants.person_id', '=', personId)
    .orderBy('role_grants.id')
    .execute();
  const { unit_name, unit_level, unit_parent_id, unit_path, unit_created_at, ...person } = row;
  return {
    person,
    orgUnit: {
      id: person.org_unit_id,
      name: unit_name,
      level: unit_level,
      parent_id: unit_parent_id,
      path: unit_path,
      created_at: unit_created_at,
    },
    grants: grants.map((g) => ({ role: g.role, orgUnitId: g.org_unit_id, orgPath: g.path })),
  };
}

export async function findPersonIdByHandle(db: Kysely<Schema>, handle: string): Promise<number | null> {
  const row = await db.selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirst();
  return row?.id ?? null;
}

export async function findPersonIdByIdentity(
  db: Kysely<Schema>,
  provider: string,
  subject: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('identities')
    .select('person_id')
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
