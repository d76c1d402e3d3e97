// 我的家人: whom the caller may sign up for (members who linked them) and who may sign up for the caller.
import { familyCodeInput, type FamilyApi } from '../../../../contracts/family';
import { action } from '../../../runtime/define-function';

export const myFamily = action(
  {
    access: 'person',
    input: familyCodeInput,
  },
  async function myFamily(_input, ctx): Promise<FamilyApi['myFamily']['output']> {
    const db = ctx.deps.database.db;
    const me = ctx.caller.person.id;
    const members = await db
      .selectFrom('family_links')
      .innerJoin('people', 'people.id', 'family_links.member_id')
      .select(['people.id', 'people.name'])
      .where('relative_id', '=', me)
      .orderBy('family_links.id')
      .execute();
    const relatives = await db
      .selectFrom('family_links')
      .innerJoin('people', 'people.id', 'family_links.relative_id')
      .select(['people.id', 'people.name'])
      .where('member_id', '=', me)
      .orderBy('family_links.id')
      .execute();
    return { members, relatives };
  },
);
