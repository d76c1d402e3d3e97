// 补交打卡: scans the phone kept while it had no signal, sent when it is back. Each is taken once (by its clientId,
// scoped to the caller), only if its code was valid when it was scanned and it is at most 24 h old; each is judged
// at its own scan time, oldest first, in its own transaction, so one refusal never undoes another.
import { syncOfflineInput, type OfflineItemResult, type VolunteerApi } from '../../../../contracts/volunteer';
import { offlineDelayOk } from '../../../visits/codes';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { clockIn, clockOut, CLOCK_ROLES } from './clock';
import { answerTakenScan } from './taken-scan';

export const syncOffline = action(
  {
    access: { roles: CLOCK_ROLES },
    input: syncOfflineInput,
    limit: { points: 20, seconds: 60 },
    // Each item writes in its own transaction and is recognised again by its clientId, so no answer is kept here.
    replay: 'handler',
  },
  async function syncOffline({ items }, ctx): Promise<VolunteerApi['syncOffline']['output']> {
    const now = ctx.deps.now();
    const ordered = [...items].sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
    const results: OfflineItemResult[] = [];
    for (const { clientId, kind, scannedAt, ...scan } of ordered) {
      try {
        const taken =
          kind === 'in' ? await answerTakenScan(ctx, clientId, 'in') : await answerTakenScan(ctx, clientId, 'out');
        if (taken) {
          results.push({ clientId, ok: true, replay: true, recordId: taken.record.id, message: taken.message });
          continue;
        }
        const at = new Date(scannedAt);
        const delay = offlineDelayOk(at, now);
        if (delay === 'too_old')
          throw new AppError(
            'OFFLINE_TOO_LATE',
            '这条打卡是 24 小时以前扫的，已经不能补交了。请找驿站负责人申请更正。',
          );
        if (delay === 'future')
          throw new AppError(
            'VALIDATION',
            '这条打卡的时间比现在还晚，手机的时间可能不对。请把手机时间设成自动，再试一次。',
          );
        const options = { at, clientId, offline: true };
        const done = kind === 'in' ? await clockIn(scan, options, ctx) : await clockOut(scan, options, ctx);
        results.push({
          clientId,
          ok: true,
          replay: false,
          recordId: done.record.id,
          message: `补交成功：${done.message}`,
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        // The same item sent twice at once: the copy that lost the race is answered like a resend.
        const raced =
          kind === 'in' ? await answerTakenScan(ctx, clientId, 'in') : await answerTakenScan(ctx, clientId, 'out');
        if (raced) {
          results.push({ clientId, ok: true, replay: true, recordId: raced.record.id, message: raced.message });
          continue;
        }
        results.push({ clientId, ok: false, replay: false, code: err.code, message: err.message });
      }
    }
    return { results };
  },
);
