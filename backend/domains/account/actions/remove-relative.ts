// 取消家人关联: a member removes a relative who redeemed their family code; from then on that relative can no longer
// sign up or cancel for them. Idempotent: no link (already removed, or never made) answers without naming anyone.
import { removeRelativeInput, type FamilyApi } from '../../../../contracts/family';
import { action } from '../../../runtime/define-function';

const NOT_LINKED = '这位家人已经不在您的关联名单里了，不用再取消。';

export const removeRelative = action(
  {
    access: 'person',
    input: removeRelativeInput,
    limit: { points: 30, seconds: 600 },
  },
  async function removeRelative({ relativeId }, ctx): Promise<FamilyApi['removeRelative']['output']> {
    const me = ctx.caller.person.id;
    const link = await ctx.deps.database.db
      .selectFrom('family_links')
      .innerJoin('people', 'people.id', 'family_links.relative_id')
      .select(['family_links.id', 'people.name'])
      .where('member_id', '=', me)
      .where('relative_id', '=', relativeId)
      .executeTakeFirst();
    // Nothing to remove: nothing written, and nobody named (an id typed in learns no name).
    if (!link) return { relativeId, name: null, removed: false, message: NOT_LINKED };
    return ctx.transaction(async (trx, audit) => {
      // Deleted by id: of two taps at once only one removes the row; the other is told it is already gone.
      const gone =
        Number((await trx.deleteFrom('family_links').where('id', '=', link.id).executeTakeFirst()).numDeletedRows) > 0;
      await audit({
        entity: 'family_link',
        entityId: `${me}:${relativeId}`,
        before: { member: me, relative: relativeId },
        after: { removed: gone },
      });
      return gone
        ? { relativeId, name: link.name, removed: true, message: `已经取消关联。${link.name}不能再替您报名或取消了。` }
        : { relativeId, name: null, removed: false, message: NOT_LINKED };
    });
  },
);
