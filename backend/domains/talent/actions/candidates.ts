// The ranked candidates for one request: talents of its field with a consent in force, living in its district,
// ordered by the matching rule. Health only for those the manager reaches (backend/access/person-access.ts).
import { candidatesInput, type TalentApi } from '../../../../contracts/talent';
import { action } from '../../../runtime/define-function';
import { SCOPES } from '../../../../contracts/roles';
import { healthReaders, requireManagedRequest } from '../access';
import { availabilityOf, communityNames, consentingProfiles, specialitiesOf } from '../queries/talent';
import { oldestActiveConsent } from '../rules/consent';
import { districtPathOf, rankCandidates } from '../rules/matching';
import { requestView } from './views';

export const candidates = action(
  { access: { roles: SCOPES.manageTalent }, input: candidatesInput },
  async function candidates({ requestId }, { deps, caller }): Promise<TalentApi['candidates']['output']> {
    const db = deps.database.db;
    const request = await requireManagedRequest(db, caller, requestId);
    const now = deps.now();
    const district = districtPathOf(request.unit_path) ?? request.unit_path;
    const profiles = await consentingProfiles(db, district, oldestActiveConsent(now), request.field);
    const ranked = rankCandidates(
      request.unit_path,
      request.starts_at ? new Date(request.starts_at) : null,
      profiles.map((p) => ({ ...p, personId: p.person_id, availability: availabilityOf(p) })),
    );
    const ids = ranked.map((c) => c.personId);
    const [health, communities, invitations] = await Promise.all([
      healthReaders(db, caller, ids),
      communityNames(
        db,
        ranked.map((c) => c.path),
      ),
      db.selectFrom('talent_invitations').select(['person_id', 'status']).where('request_id', '=', requestId).execute(),
    ]);
    const invited = new Map(invitations.map((i) => [i.person_id, i.status]));
    return {
      request: requestView(request, now),
      candidates: ranked.map((c) => ({
        personId: c.personId,
        name: c.name,
        communityName: communities.get(c.path) ?? null,
        field: c.field,
        specialities: specialitiesOf(c),
        qualifications: c.qualifications,
        availability: c.availability,
        ...(health.has(c.personId) ? { health: c.health } : {}),
        distance: c.distance,
        available: c.available,
        invitation: invited.get(c.personId) ?? null,
      })),
    };
  },
);
