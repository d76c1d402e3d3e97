// The talent domain's tables (migration 0015). TALENT_TABLES lists them for clearAll, children first.
import type { Generated, Selectable } from 'kysely';
import type { InvitationStatus, RequestStatus } from '../../../contracts/talent';

export interface TalentFieldsTable {
  name: string;
  position: number;
}

export interface TalentProfilesTable {
  person_id: number;
  field: string;
  /** JSON array of strings. */
  specialities_json: string;
  qualifications: string | null;
  /** JSON array of half-days ("wed-pm"). */
  availability_json: string;
  /** Shown only to the person and the pool's manager (SCOPES.manageTalent over her). */
  health: string | null;
  /** 1: her name and community may appear on the 服务菜单. */
  listed: Generated<number>;
  /** When she last said 我同意 (good for two years); null never. */
  consent_at: string | null;
  /** When she withdrew; the profile stays, marked. */
  withdrawn_at: string | null;
  /** When the renewal job last asked her. */
  consent_asked_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TalentRequestsTable {
  id: Generated<number>;
  org_unit_id: number;
  posted_by: number;
  field: string;
  text: string;
  starts_at: string | null;
  status: Generated<RequestStatus>;
  matched_person_id: number | null;
  matched_at: string | null;
  created_at: string;
}

export interface TalentInvitationsTable {
  request_id: number;
  person_id: number;
  invited_by: number;
  invited_at: string;
  status: Generated<InvitationStatus>;
  answered_at: string | null;
}

export type TalentProfileRow = Selectable<TalentProfilesTable>;
export type TalentRequestRow = Selectable<TalentRequestsTable>;

export interface TalentTables {
  talent_fields: TalentFieldsTable;
  talent_profiles: TalentProfilesTable;
  talent_requests: TalentRequestsTable;
  talent_invitations: TalentInvitationsTable;
}

// talent_fields is the bureau's configuration, not data: clearAll leaves it, as the migration wrote it.
export const TALENT_TABLES = ['talent_invitations', 'talent_requests', 'talent_profiles'] as const;

declare module '../../data/schema' {
  interface Schema extends TalentTables {}
}
