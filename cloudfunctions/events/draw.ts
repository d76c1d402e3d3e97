// 抽签: the organiser reveals the seed after the window closed; it must match the committed hash; once only.
import { drawInput, type EventsApi } from '../../contracts/events';
import { SCOPES } from '../../contracts/roles';
import { lockEvent } from '../../backend/data/events';
import { performDraw } from '../../backend/data/events-draw';
import { seedMatches, sha256Hex } from '../../backend/rules/events-lottery';
import { chinaDateTimeWords } from '../../backend/rules/events-time';
import { AppError, fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { loadManagedEvent, NO_EVENT } from './event-access';

export const draw = action({
  access: { roles: SCOPES.manageBranch },
  input: drawInput,
  limit: { points: 20, seconds: 600 },
  async run({ eventId, seed }, ctx): Promise<EventsApi['draw']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    if (event.mode !== 'lottery') throw fail.validation('这个活动是先到先得，不用抽签。');
    if (event.cancelled_at) throw new AppError('EVENT_CANCELLED', '这个活动已经取消了，不用抽签。');
    const now = deps.now();
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, deps.database.engine, event.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      if (locked.drawn_at) throw new AppError('ALREADY_DRAWN', '这个活动已经抽过签了，每个活动只抽一次。');
      if (now.getTime() < Date.parse(locked.signup_closes_at)) throw new AppError('DRAW_NOT_DUE', `报名还没有截止。${chinaDateTimeWords(locked.signup_closes_at)}截止以后才能抽签。`);
      if (!locked.seed_hash || !seedMatches(seed, locked.seed_hash)) throw new AppError('SEED_MISMATCH', '这个种子和事先公布的哈希值对不上，不能用它抽签。请核对您记下的种子。');
      const outcome = await performDraw(trx, locked, seed, now);
      await audit({ entity: 'event', entityId: locked.id, after: { drawn: true, seedHash: locked.seed_hash, winners: outcome.winners.length, waitlist: outcome.waitlist.length } });
      return { matches: true, seedHash: sha256Hex(seed), seed, ...outcome };
    });
  },
});
