// The candidate's invitations, newest first: what is asked, by which unit, when, and whether someone already said yes.
import { myInvitationsInput, type TalentApi } from '../../../../contracts/talent';
import { action } from '../../../runtime/define-function';

const LISTED = 50;

export const myInvitations = action(
  { access: 'person', input: myInvitationsInput },
  async function myInvitations(_input, { deps, caller }): Promise<TalentApi['myInvitations']['output']> {
    const rows = await deps.database.db
      .selectFrom('talent_invitations')
      .innerJoin('talent_requests', 'talent_requests.id', 'talent_invitations.request_id')
      .innerJoin('org_units', 'org_units.id', 'talent_requests.org_unit_id')
      .select([
        'talent_invitations.request_id',
        'talent_invitations.invited_at',
        'talent_invitations.status',
        'talent_requests.field',
        'talent_requests.text',
        'talent_requests.starts_at',
        'talent_requests.status as request_status',
        'talent_requests.matched_person_id',
        'org_units.name as unit_name',
      ])
      .where('talent_invitations.person_id', '=', caller.person.id)
      .orderBy('talent_invitations.invited_at', 'desc')
      .limit(LISTED)
      .execute();
    return {
      invitations: rows.map((r) => ({
        requestId: r.request_id,
        unitName: r.unit_name,
        field: r.field,
        text: r.text,
        startsAt: r.starts_at,
        invitedAt: r.invited_at,
        status: r.status,
        filled: r.request_status === 'matched' && r.matched_person_id !== caller.person.id,
      })),
    };
  },
);
