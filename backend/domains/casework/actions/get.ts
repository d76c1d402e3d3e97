// A whole case with its parties' names and phones: only for the studio's staff and the officials above, and every
// opening is recorded (casework_views: who, which case, when), as 人民调解法 Art. 15 holds mediators to account for
// what they let out.
import { caseInput, type CaseworkApi } from '../../../../contracts/casework';
import { action } from '../../../runtime/define-function';
import { requireCaseReader } from '../access';
import { recordView, requestOfVisit } from '../queries/casework';
import { caseSummaries, partiesOf, stepsOf } from '../queries/case-lists';

export const get = action(
  { access: 'person', input: caseInput, limit: { points: 300, seconds: 3600 } },
  async function get({ caseId }, { deps, caller, transaction }): Promise<CaseworkApi['get']['output']> {
    const db = deps.database.db;
    const { row, studio, standing } = await requireCaseReader(db, caller, caseId);
    const now = deps.now();
    const [summary] = await caseSummaries(db, [{ ...row, studio_name: studio.name }], now);
    const partiesInFull = await partiesOf(db, row.id);
    const steps = await stepsOf(db, row.id);
    const timebankRequest = row.visit_id === null ? null : await requestOfVisit(db, row.visit_id);
    await transaction(async (trx, audit) => {
      await recordView(trx, row.id, caller.person.id, 'case', now.toISOString());
      await audit({ entity: 'casework_case', entityId: row.id, after: { viewed: 'parties', as: standing } });
    });
    return {
      case: {
        ...summary,
        studio: { id: studio.id, name: studio.name, communityName: studio.community_name, kind: studio.kind },
        partiesInFull,
        source: row.source,
        summary: row.summary,
        visitId: row.visit_id,
        timebankRequest,
        steps,
        referredTo:
          row.referred_office && row.referred_name ? { office: row.referred_office, name: row.referred_name } : null,
        closedAt: row.closed_at,
        agreement:
          row.agreement_key && row.agreement_mime && row.agreement_at
            ? { mime: row.agreement_mime, bytes: row.agreement_bytes ?? 0, attachedAt: row.agreement_at }
            : null,
        canEdit: standing === 'staff' && row.status === 'open',
      },
    };
  },
);
