// 提交抽签种子的哈希: the organiser commits SHA-256(seed) before the sign-up window closes; the hash is shown on
// the event, so the seed revealed at the draw cannot have been chosen after seeing who applied.
import { commitSeedInput, type EventsApi } from '../../contracts/events';
import { SCOPES } from '../../contracts/roles';
import { lockEvent, toDetail, unitName } from '../../backend/data/events';
import { AppError, fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { loadManagedEvent, NO_EVENT } from './event-access';

export const commitSeed = action({
  access: { roles: SCOPES.manageBranch },
  input: commitSeedInput,
  limit: { points: 20, seconds: 600 },
  async run({ eventId, seedHash }, ctx): Promise<EventsApi['commitSeed']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    if (event.mode !== 'lottery') throw fail.validation('这个活动是先到先得，不用抽签。');
    const now = deps.now();
    const audienceName = await unitName(deps.database.db, event.audience_org_unit_id);
    // The answer is made inside the transaction: a resend (same requestId) is answered with exactly it.
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, deps.database.engine, event.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      if (locked.drawn_at) throw new AppError('ALREADY_DRAWN', '这个活动已经抽过签了，不能再换种子。');
      if (now.getTime() >= Date.parse(locked.signup_closes_at)) throw fail.conflict('报名已经截止，种子要在截止之前提交，现在不能再换。');
      if (locked.seed_by === 'organiser' && locked.seed_hash !== seedHash) throw fail.conflict('种子的哈希已经提交过了，不能再换，否则抽签就说不清了。');
      const updated = await trx
        .updateTable('events')
        .set({ seed_hash: seedHash, seed: null, seed_by: 'organiser', updated_at: now.toISOString() })
        .where('id', '=', locked.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({ entity: 'event', entityId: locked.id, before: { seedHash: locked.seed_hash, seedBy: locked.seed_by }, after: { seedHash, seedBy: 'organiser' } });
      return { event: toDetail(updated, audienceName, true) };
    });
  },
});
