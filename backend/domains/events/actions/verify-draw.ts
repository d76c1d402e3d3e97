// 核对抽签: recomputes the draw from the published seed and applicants and compares it with what was recorded.
// Whoever may see the event (the same audience check as `get`) may ask; docs/LOTTERY.md shows how by hand.
import { eventIdInput, type EventsApi } from '../../../../contracts/events';
import { drawLottery, seedMatches, type DrawOutcome } from '../rules/lottery';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadEvent, requireEventInSight } from '../access';

export const verifyDraw = action(
  {
    access: 'person',
    input: eventIdInput,
  },
  async function verifyDraw({ eventId }, ctx): Promise<EventsApi['verifyDraw']['output']> {
    const event = await loadEvent(ctx.deps, eventId);
    await requireEventInSight(ctx.deps, ctx.caller, event, ctx.caller);
    if (!event.drawn_at || !event.draw_json || !event.seed || !event.seed_hash)
      throw new AppError('DRAW_NOT_DUE', '这个活动还没有抽签，抽签以后才能核对。');
    const recorded = JSON.parse(event.draw_json) as DrawOutcome;
    const again = drawLottery(event.seed, recorded.applicants, event.capacity);
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const matches =
      seedMatches(event.seed, event.seed_hash) &&
      same(again.winners, recorded.winners) &&
      same(again.waitlist, recorded.waitlist);
    return {
      matches,
      seedHash: event.seed_hash,
      seed: event.seed,
      applicants: recorded.applicants,
      winners: recorded.winners,
      waitlist: recorded.waitlist,
    };
  },
);
