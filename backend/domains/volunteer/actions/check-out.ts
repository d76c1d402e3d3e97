// 签退: the same code again at the end of the service; the hours are the time served inside the shift.
import { checkOutInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { action } from '../../../runtime/define-function';
import { clockOut, CLOCK_ROLES } from './clock';
import { answerTakenScan } from './taken-scan';

export const checkOut = action(
  {
    access: { roles: CLOCK_ROLES },
    input: checkOutInput,
    limit: { points: 10, seconds: 60 },
  },
  async function checkOut({ clientId, ...scan }, ctx): Promise<VolunteerApi['checkOut']['output']> {
    if (clientId) {
      const taken = await answerTakenScan(ctx, clientId, 'out');
      if (taken) return taken;
    }
    return clockOut(scan, { at: ctx.deps.now(), clientId, offline: false }, ctx);
  },
);
