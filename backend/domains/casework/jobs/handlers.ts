// The deadline of a case (mediation normally ends within a month): at 20 days since 受理 the studio's staff get a
// message, at 30 the street's officials do and the case shows the flag in every list. Each once: the case row keeps
// when it was sent, set in the same transaction as the message, so a repeated or concurrent run sends nothing twice.
import { z } from 'zod';
import { STAFF_WARNING_DAYS, STREET_FLAG_DAYS } from '../../../../contracts/casework';
import { SCOPES } from '../../../../contracts/roles';
import { ancestorPaths } from '../../../common/org-paths';
import { notifyEach } from '../../../data/messages';
import { defineJob, type JobHandler } from '../../../jobs/define-job';
import { maskedName } from '../../../common/masked-name';
import { CASE_PAGE } from '../pages';
import { markDeadline, staffOf } from '../queries/casework';
import { deadlinesDue, streetRecipients } from '../rules/casework';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export const caseDeadlines = defineJob({
  kind: 'casework.case-deadlines',
  title: '提醒超过20天、30天还没结案的矛盾纠纷',
  payload: z.object({}).strict(),
  every: HOUR_MS,
  async run(_payload, { deps, transaction }) {
    const db = deps.database.db;
    const now = deps.now();
    // A day's margin: the rule counts China days, this only narrows the rows it looks at.
    const before = new Date(now.getTime() - (STAFF_WARNING_DAYS - 1) * DAY_MS).toISOString();
    const cases = await db
      .selectFrom('casework_cases')
      .innerJoin('casework_studios', 'casework_studios.id', 'casework_cases.studio_id')
      .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
      .select([
        'casework_cases.id',
        'casework_cases.studio_id',
        'casework_cases.accepted_at',
        'casework_cases.status',
        'casework_cases.staff_warned_at',
        'casework_cases.street_flagged_at',
        'casework_studios.name as studio_name',
        'org_units.path as community_path',
      ])
      .where('casework_cases.status', '=', 'open')
      .where('casework_cases.accepted_at', '<=', before)
      .where((eb) => eb.or([eb('staff_warned_at', 'is', null), eb('street_flagged_at', 'is', null)]))
      .execute();
    for (const c of cases) {
      const due = deadlinesDue(c, now);
      if (!due.warnStaff && !due.flagStreet) continue;
      const first = await db
        .selectFrom('casework_parties')
        .select('name')
        .where('case_id', '=', c.id)
        .orderBy('id')
        .executeTakeFirst();
      const who = first ? `${maskedName(first.name)}的` : '';
      const link = { page: CASE_PAGE, params: { id: String(c.id) } };
      const staff = due.warnStaff ? await staffOf(db, c.studio_id) : [];
      const street = due.flagStreet ? await streetOfficials(db, c.community_path) : [];
      await transaction(async (trx, audit) => {
        const at = now.toISOString();
        if (due.warnStaff && (await markDeadline(trx, c.id, 'staff_warned_at', at))) {
          await notifyEach(
            trx,
            staff,
            {
              kind: 'casework_case_overdue',
              text: `${who}纠纷受理已满${STAFF_WARNING_DAYS}天还没结案，请抓紧调解。`,
              link,
            },
            now,
          );
          await audit({ entity: 'casework_case', entityId: c.id, after: { staffWarnedAt: at, told: staff.length } });
        }
        if (due.flagStreet && (await markDeadline(trx, c.id, 'street_flagged_at', at))) {
          await notifyEach(
            trx,
            street,
            {
              kind: 'casework_case_flagged',
              text: `${c.studio_name}有一件纠纷受理已满${STREET_FLAG_DAYS}天还没结案，请过问。`,
              link,
            },
            now,
          );
          await audit({ entity: 'casework_case', entityId: c.id, after: { streetFlaggedAt: at, told: street.length } });
        }
      });
    }
  },
});

/** The officials of the community's street (its parent unit), or of the nearest unit above with any. */
async function streetOfficials(db: Parameters<typeof staffOf>[0], communityPath: string): Promise<number[]> {
  const above = ancestorPaths(communityPath).slice(0, -1);
  const streetPath = above[above.length - 1] ?? communityPath;
  const grants = await db
    .selectFrom('role_grants')
    .innerJoin('org_units', 'org_units.id', 'role_grants.org_unit_id')
    .select(['role_grants.person_id as personId', 'org_units.path as orgPath'])
    .where('role_grants.role', 'in', [...SCOPES.superviseCasework])
    .where('org_units.path', 'in', above)
    .execute();
  return streetRecipients(streetPath, grants);
}

export const CASEWORK_JOBS: readonly JobHandler[] = [caseDeadlines];
