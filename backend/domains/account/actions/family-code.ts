// 家人码: the member shows a short code (6 characters, 24 hours, stored hashed); a son or daughter types it on their
// own phone and may then sign the member up and cancel for them. A new code replaces the old one.
import { familyCodeInput, type FamilyApi } from '../../../../contracts/family';
import { randomShortCode } from '../../../common/short-codes';
import { sha256Hex } from '../../../common/hashing';
import { action } from '../../../runtime/define-function';

const CODE_HOURS = 24;

export const familyCode = action(
  {
    access: 'person',
    input: familyCodeInput,
    limit: { points: 10, seconds: 600 },
    // The answer is the code itself: a resend makes a fresh one rather than keeping a secret in the replay store.
    replay: 'handler',
  },
  async function familyCode(_input, ctx): Promise<FamilyApi['familyCode']['output']> {
    const { deps, caller } = ctx;
    const code = randomShortCode(6);
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + CODE_HOURS * 3600_000).toISOString();
    await ctx.transaction(async (trx, audit) => {
      await trx.deleteFrom('family_codes').where('person_id', '=', caller.person.id).execute();
      await trx
        .insertInto('family_codes')
        .values({
          person_id: caller.person.id,
          code_hash: sha256Hex(code),
          expires_at: expiresAt,
          created_at: now.toISOString(),
        })
        .execute();
      await audit({ entity: 'family_code', entityId: caller.person.id, after: { expiresAt } });
    });
    return { code, expiresAt };
  },
);
