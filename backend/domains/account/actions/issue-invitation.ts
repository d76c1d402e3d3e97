// Issuing an invitation, shared by createInvite (one person) and inviteSheet (a branch's slips): a person has at most
// one open invitation, so a new one first voids any earlier unused one; the database keeps only the code's hash.
import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import { hashInviteCode, inviteCodeFromBytes } from '../../../rules/invitations';
import type { Audit } from '../../../runtime/define-function';

export const newCode = () => inviteCodeFromBytes(randomBytes(8));

/** A person has at most one open invitation: a new one replaces any earlier unused one. */
export async function revokeOpenInvitations(trx: Transaction<Schema>, personId: number, at: string, audit: Audit) {
  const open = await trx
    .selectFrom('invitations')
    .select('id')
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  if (open.length === 0) return;
  await trx
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where(
      'id',
      'in',
      open.map((o) => o.id),
    )
    .execute();
  for (const o of open)
    await audit({
      entity: 'invitation',
      entityId: o.id,
      before: { revokedAt: null },
      after: { revokedAt: at, reason: 'replaced' },
    });
}

/** Voids the person's earlier open invitation and writes the new one; answers its id. */
export async function issueInvitation(
  trx: Transaction<Schema>,
  audit: Audit,
  v: { personId: number; orgUnitId: number; createdBy: number; code: string; expiresAt: string; at: string },
): Promise<{ id: number }> {
  await revokeOpenInvitations(trx, v.personId, v.at, audit);
  return trx
    .insertInto('invitations')
    .values({
      code_hash: hashInviteCode(v.code),
      person_id: v.personId,
      org_unit_id: v.orgUnitId,
      created_by: v.createdBy,
      expires_at: v.expiresAt,
      used_at: null,
      redeemed_by: null,
      revoked_at: null,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
