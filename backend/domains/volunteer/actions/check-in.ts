// 签到: a volunteer scans the post's code (or types the rotating code) at the post. See clock.ts for the order of
// checks. A scan the phone already queued offline (same clientId) is answered as taken, never counted twice.
import { checkInInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { action } from '../../../runtime/define-function';
import { clockIn, CLOCK_ROLES } from './clock';
import { answerTakenScan } from './taken-scan';

export const checkIn = action(
  {
    access: { roles: CLOCK_ROLES },
    input: checkInInput,
    // Few honest people scan more than a few times a minute; this also bounds guessing the 6-digit code.
    limit: { points: 10, seconds: 60 },
  },
  async function checkIn({ clientId, ...scan }, ctx): Promise<VolunteerApi['checkIn']['output']> {
    if (clientId) {
      const taken = await answerTakenScan(ctx, clientId, 'in');
      if (taken) return taken;
    }
    return clockIn(scan, { at: ctx.deps.now(), clientId, offline: false }, ctx);
  },
);
