// How the talent domain's rows are shown: one shape per thing, health put in only where the caller may read it.
import type { MatchTiming, TalentProfile, TalentRequestView } from '../../../../contracts/talent';
import { consentView } from '../rules/consent';
import { matchTiming } from '../rules/working-days';
import { availabilityOf, specialitiesOf, type ProfileWithPerson, type RequestWithNames } from '../queries/talent';

export function profileView(
  p: ProfileWithPerson,
  communityName: string | null,
  now: Date,
  showHealth: boolean,
): TalentProfile {
  return {
    personId: p.person_id,
    name: p.name,
    communityName,
    field: p.field,
    specialities: specialitiesOf(p),
    qualifications: p.qualifications,
    availability: availabilityOf(p),
    ...(showHealth ? { health: p.health } : {}),
    listed: p.listed === 1,
    consent: consentView(p, now),
  };
}

export function timingOf(r: { created_at: string; matched_at: string | null }, now: Date): MatchTiming {
  return matchTiming(new Date(r.created_at), r.matched_at === null ? null : new Date(r.matched_at), now);
}

export function requestView(r: RequestWithNames, now: Date): TalentRequestView {
  return {
    id: r.id,
    orgUnitId: r.org_unit_id,
    unitName: r.unit_name,
    field: r.field,
    text: r.text,
    startsAt: r.starts_at,
    postedAt: r.created_at,
    postedBy: r.posted_by_name,
    status: r.status,
    matchedAt: r.matched_at,
    matchedName: r.matched_name,
    invited: Number(r.invited ?? 0),
    timing: timingOf(r, now),
  };
}
