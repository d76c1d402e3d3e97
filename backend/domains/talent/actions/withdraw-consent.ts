// One tap takes her out of the pool: the profile stays, marked withdrawn and dated, and she is never a candidate
// until she agrees again. Pressing it twice keeps the first date.
import { withdrawConsentInput, type TalentApi } from '../../../../contracts/talent';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { communityNames, findProfile } from '../queries/talent';
import { profileView } from './views';

export const withdrawConsent = action(
  { access: 'person', input: withdrawConsentInput, limit: { points: 30, seconds: 600 } },
  async function withdrawConsent(
    _input,
    { deps, caller, transaction },
  ): Promise<TalentApi['withdrawConsent']['output']> {
    const db = deps.database.db;
    const before = await findProfile(db, caller.person.id);
    if (!before) throw fail.notFound('您还没有加入银发人才库，不用撤回。');
    if (before.withdrawn_at === null) {
      const at = deps.now().toISOString();
      await transaction(async (trx, audit) => {
        await trx
          .updateTable('talent_profiles')
          .set({ withdrawn_at: at, updated_at: at })
          .where('person_id', '=', caller.person.id)
          .where('withdrawn_at', 'is', null)
          .execute();
        await audit({ entity: 'talent_profile', entityId: caller.person.id, after: { withdrawn_at: at } });
      });
    }
    const row = await findProfile(db, caller.person.id);
    if (!row) throw new Error('talent profile vanished after withdrawing');
    const community = (await communityNames(db, [row.path])).get(row.path) ?? null;
    return { profile: profileView(row, community, deps.now(), true) };
  },
);
