// 转时间银行: a visit shows an elder needs regular help ("李奶奶需要每周陪诊"); the staff member on duty opens a
// time-bank request for her in one step, through the shared help requests (backend/help-requests). Studio staff hold
// no role over the person, so the request waits for her branch secretary (awaiting_approval, the time bank's queue)
// before helpers see it. One request per visit: a second tap answers the first.
import { toTimebankInput, type CaseworkApi } from '../../../../contracts/casework';
import { isWithin } from '../../../common/org-paths';
import { openHelpRequest } from '../../../help-requests/open';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireStaffAt } from '../access';
import { requestOfVisit } from '../queries/casework';

type Output = CaseworkApi['toTimebank']['output'];

const SENT = '已经转给时间银行。老人所在支部的书记审核以后，志愿者就能看到并来帮忙。';
const ALREADY = '这次来访已经转给时间银行了，不用再转。';

export const toTimebank = action(
  { access: 'person', input: toTimebankInput, limit: { points: 60, seconds: 3600 } },
  async function toTimebank(input, { deps, caller, transaction }): Promise<Output> {
    const db = deps.database.db;
    const visit = await db
      .selectFrom('casework_visits')
      .select(['id', 'studio_id'])
      .where('id', '=', input.visitId)
      .executeTakeFirst();
    if (!visit) throw fail.notFound('没有找到这次来访的记录。');
    const studio = await requireStaffAt(db, caller, visit.studio_id, '把来访转给时间银行');
    const elder = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.id', 'people.status', 'org_units.path'])
      .where('people.id', '=', input.personId)
      .executeTakeFirst();
    // The studio serves its community: an elder elsewhere is asked for by her own branch, not from here.
    if (!elder || elder.status !== 'active' || !isWithin(elder.path, studio.org_path))
      throw fail.forbidden(`这位老人不在${studio.community_name}的名册上。请联系她所在支部的书记申请时间银行的帮助。`);
    const asked = await requestOfVisit(db, visit.id);
    if (asked) return { request: asked, message: ALREADY };
    return transaction(async (trx, audit) => {
      // Two taps at once: the second finds the first's row inside its own transaction.
      const again = await requestOfVisit(trx, visit.id);
      if (again) return { request: again, message: ALREADY };
      const { request } = input;
      const opened = await openHelpRequest(
        trx,
        {
          personId: elder.id,
          requestedBy: caller.person.id,
          category: request.category,
          service: request.service,
          startsAt: request.startsAt,
          endsAt: request.endsAt,
          place: request.place,
          urgency: request.urgency,
          note: request.note ?? null,
          source: 'casework',
          sourceRef: visit.id,
          awaitingApproval: true,
        },
        deps.now(),
      );
      await audit({
        entity: 'help_request',
        entityId: opened.id,
        after: { from: 'casework_visit', visitId: visit.id, personId: elder.id, service: request.service },
      });
      return { request: { ...opened, openedAt: deps.now().toISOString() }, message: SENT };
    });
  },
);
