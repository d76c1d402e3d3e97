// 抽签: the organiser draws after the published close, with the seed the system committed when the event was created
// (docs/LOTTERY.md); nobody chooses or reveals a seed. The job (events.tick) does the same at the close.
import { eventIdInput, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { lockEvent } from '../queries/events';
import { performDraw } from '../queries/draw';
import { tellDrawn } from '../messages';
import { judgeDraw } from '../rules/events';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadManagedEvent, NO_EVENT } from '../access';

export const draw = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: eventIdInput,
    limit: { points: 20, seconds: 600 },
  },
  async function draw({ eventId }, ctx): Promise<EventsApi['draw']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    if (event.mode !== 'lottery') throw fail.validation('这个活动是先到先得，不用抽签。');
    const now = deps.now();
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, event.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      // Judged on the locked row: a close extended a moment ago is the one that counts.
      const { seed, seed_hash: seedHash } = locked;
      const verdict = judgeDraw({
        now,
        signupClosesAt: locked.signup_closes_at,
        drawn: locked.drawn_at !== null,
        cancelled: locked.cancelled_at !== null,
      });
      if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
      // Every lottery has had one since it was created (migration 0011 gave the older ones theirs).
      if (seed === null || seedHash === null)
        throw fail.conflict('这个活动没有事先公布的抽签种子，不能抽签。请联系管理员。');
      const outcome = await performDraw(trx, locked, seed, now);
      await tellDrawn(trx, locked, outcome, now);
      await audit({
        entity: 'event',
        entityId: locked.id,
        after: { drawn: true, seedHash, winners: outcome.winners.length, waitlist: outcome.waitlist.length },
      });
      return { matches: true, seedHash, seed, ...outcome };
    });
  },
);
