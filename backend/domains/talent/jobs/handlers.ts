// The talent domain's time-driven work: asking again for consent before two years run out. A daily sweep, since
// each consent's moment moves whenever she saves her profile again; idempotent by consent_asked_at.
import { z } from 'zod';
import { defineJob, type JobHandler } from '../../../jobs/define-job';
import { notify } from '../../../data/messages';
import { PROFILE_PAGE } from '../pages';
import { askConsentGivenBefore, shouldAskAgain } from '../rules/consent';

const DAY_MS = 24 * 3600_000;
export const ASK_CONSENT = 'talent.ask-consent';

export const askConsent = defineJob({
  kind: ASK_CONSENT,
  title: '请人才库的同志重新确认同意',
  payload: z.object({}).strict(),
  every: DAY_MS,
  async run(_payload, { deps, transaction }) {
    const now = deps.now();
    const due = await deps.database.db
      .selectFrom('talent_profiles')
      .select(['person_id', 'consent_at', 'withdrawn_at', 'consent_asked_at'])
      .where('withdrawn_at', 'is', null)
      .where('consent_at', 'is not', null)
      .where('consent_at', '<=', askConsentGivenBefore(now))
      .execute();
    for (const p of due.filter((row) => shouldAskAgain(row, now))) {
      await transaction(async (trx, audit) => {
        const asked = await trx
          .updateTable('talent_profiles')
          .set({ consent_asked_at: now.toISOString() })
          .where('person_id', '=', p.person_id)
          .where('consent_at', '=', p.consent_at)
          .where('withdrawn_at', 'is', null)
          .executeTakeFirst();
        if (Number(asked.numUpdatedRows) === 0) return; // she saved or withdrew meanwhile
        await audit({
          entity: 'talent_profile',
          entityId: p.person_id,
          after: { consent_asked_at: now.toISOString() },
        });
        await notify(
          trx,
          p.person_id,
          {
            kind: 'talent_consent_renew',
            text: '您加入银发人才库的同意快满两年了，请打开“我的人才档案”再确认一次。',
            link: { page: PROFILE_PAGE, params: {} },
          },
          now,
        );
      });
    }
  },
});

export const TALENT_JOBS: readonly JobHandler[] = [askConsent];
