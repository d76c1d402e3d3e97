// The `User` the front end sees, built from a loaded profile.
import type { User } from '../../../../contracts/account';
import type { Role } from '../../../../contracts/roles';
import type { PersonProfile } from '../../../data/people';

export function toUser(profile: PersonProfile): User {
  const roles = [...new Set(profile.grants.map((g) => g.role))] as Role[];
  return {
    id: profile.person.id,
    name: profile.person.name,
    roles,
    grants: profile.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })),
    orgUnitId: profile.orgUnit.id,
    orgUnitName: profile.orgUnit.name,
    preferences: { largeText: profile.person.large_text === 1, readAloud: profile.person.read_aloud === 1 },
  };
}
