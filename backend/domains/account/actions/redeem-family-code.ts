// 关联家人: a relative types the member's family code; from then on they may sign up and cancel for the member.
import { redeemFamilyCodeInput, type FamilyApi } from '../../../../contracts/family';
import { sha256Hex } from '../../../common/hashing';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const redeemFamilyCode = action(
  {
    access: 'person',
    input: redeemFamilyCodeInput,
    // Six characters from 31 symbols: few tries per person keep guessing hopeless.
    limit: { points: 10, seconds: 600 },
  },
  async function redeemFamilyCode({ code }, ctx): Promise<FamilyApi['redeemFamilyCode']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const row = await db
      .selectFrom('family_codes')
      .innerJoin('people', 'people.id', 'family_codes.person_id')
      .select(['family_codes.person_id', 'family_codes.expires_at', 'people.name'])
      .where('code_hash', '=', sha256Hex(code))
      .executeTakeFirst();
    if (!row || Date.parse(row.expires_at) <= now.getTime())
      throw new AppError('FAMILY_CODE_INVALID', '这个家人码不对或已经过期了。请让家人在“我的活动”里重新生成一个。');
    if (row.person_id === caller.person.id)
      throw new AppError('FAMILY_CODE_INVALID', '这是您自己的家人码，要在家人的手机上输入。');
    return ctx.transaction(async (trx, audit) => {
      await trx
        .insertInto('family_links')
        .values({ member_id: row.person_id, relative_id: caller.person.id, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['member_id', 'relative_id']).doNothing())
        .execute();
      await trx.deleteFrom('family_codes').where('person_id', '=', row.person_id).execute();
      await audit({
        entity: 'family_link',
        entityId: `${row.person_id}:${caller.person.id}`,
        after: { member: row.person_id, relative: caller.person.id },
      });
      return { memberId: row.person_id, memberName: row.name };
    });
  },
);
