// Asking for help and the lists of requests: the catalogue; a request by the elder, a linked relative or the
// secretary (the decision of who pays, or that the secretary must approve, is said in the answer); the helper's
// list (best match first), the caller's own, and a secretary's subtree; one request's detail with "who is coming".
import {
  TIMEBANK_AREAS,
  TIMEBANK_SERVICES,
  URGENCIES,
  URGENCY_NAMES,
  catalogueInput,
  requestIdInput,
  requestInput,
  requestsInput,
  type HelpRequestSummary,
  type TimebankApi,
} from '../../../../contracts/timebank';
import { inSubtrees } from '../../../data/org-units';
import { openHelpRequest } from '../../../help-requests/open';
import { windowMinutes } from '../../../help-requests/rules';
import { requireUnitInScope } from '../../../access/unit-scope';
import { SCOPES } from '../../../../contracts/roles';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { PersonCaller } from '../../../runtime/caller';
import type { Kysely } from 'kysely';
import type { Schema } from '../../../data/schema';
import { managesPath, requireActingFor } from '../access';
import { balanceOf } from '../queries/ledger';
import { eldersOf, spenderFacts } from '../queries/people';
import { findRequest, requestQuery, type RequestRow } from '../queries/requests';
import { findVisit } from '../queries/visits';
import { decideRequest, spendableMinutes } from '../rules/members';
import { distanceWords, matchScore, type Slot } from '../rules/matching';
import { confirmWindowOpen } from '../rules/visits';
import { comingSentence, summarize, visitSummary, type Viewer } from '../views';

export async function viewerOf(db: Kysely<Schema>, caller: PersonCaller): Promise<Viewer> {
  const elders = await eldersOf(db, caller.person.id);
  return {
    personId: caller.person.id,
    eldersActedFor: new Set(elders.map((e) => e.id)),
    manages: (path) => managesPath(caller, path),
  };
}

export const catalogue = action({ access: 'public', input: catalogueInput }, async function catalogue(): Promise<
  TimebankApi['catalogue']['output']
> {
  return {
    areas: TIMEBANK_AREAS.map((area) => ({ area, services: [...TIMEBANK_SERVICES[area]] })),
    urgencies: URGENCIES.map((value) => ({ value, name: URGENCY_NAMES[value] })),
  };
});

export const request = action(
  { access: 'person', input: requestInput, limit: { points: 20, seconds: 60 } },
  async function request(input, ctx): Promise<TimebankApi['request']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const elderId = input.forPersonId ?? caller.person.id;
    const { as } = await requireActingFor(
      db,
      caller,
      elderId,
      '您只能为自己、关联了您的家人，或您支部里的老人申请帮助。',
    );
    const facts = await spenderFacts(db, elderId, now);
    const spendable = spendableMinutes(await balanceOf(db, 'timebank', elderId), facts);
    const decision = decideRequest(facts, spendable, windowMinutes(input.startsAt, input.endsAt), as === 'secretary');
    return ctx.transaction(async (trx, audit) => {
      const opened = await openHelpRequest(
        trx,
        {
          personId: elderId,
          requestedBy: caller.person.id,
          category: input.category,
          service: input.service,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place,
          urgency: input.urgency,
          note: input.note ?? null,
          source: 'timebank',
          approvedBy: as === 'secretary' ? caller.person.id : null,
          awaitingApproval: decision.status === 'awaiting_approval',
        },
        now,
      );
      await audit({
        entity: 'help_request',
        entityId: opened.id,
        after: { personId: elderId, service: input.service, startsAt: input.startsAt, status: opened.status, as },
      });
      return { request: opened, message: decision.message };
    });
  },
);

/** The open requests a helper may take: in the street their offer serves, of a service they offer, best first. */
async function requestsForHelper(db: Kysely<Schema>, caller: PersonCaller, viewer: Viewer, now: Date) {
  const offer = await db
    .selectFrom('tb_offers')
    .selectAll()
    .where('person_id', '=', caller.person.id)
    .executeTakeFirst();
  const services = offer ? (JSON.parse(offer.services) as string[]) : [];
  if (!offer || services.length === 0) return [];
  const street = await db
    .selectFrom('org_units')
    .select('path')
    .where('id', '=', offer.street_id)
    .executeTakeFirstOrThrow();
  const rows = await requestQuery(db)
    .where('r.status', '=', 'open')
    .where('r.starts_at', '>', now.toISOString())
    .where('r.service', 'in', services)
    .where('r.person_id', '!=', caller.person.id)
    .where(inSubtrees('unit.path', [street.path]))
    .orderBy('r.starts_at')
    .limit(200)
    .execute();
  const slots = JSON.parse(offer.availability) as Slot[];
  return rows
    .map((row) => {
      const score = matchScore({
        helperPath: caller.orgUnit.path,
        elderPath: row.unit_path,
        offered: services,
        slots,
        service: row.service,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        urgency: row.urgency,
      });
      return { row, score };
    })
    .filter((m): m is { row: RequestRow; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.row.starts_at.localeCompare(b.row.starts_at))
    .map(({ row, score }) => {
      const distance = Math.floor((score % 100) / 10);
      return summarize(row, viewer, { distance, distanceName: distanceWords(distance) });
    });
}

export const requests = action({ access: 'person', input: requestsInput }, async function requests(input, ctx): Promise<
  TimebankApi['requests']['output']
> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const viewer = await viewerOf(db, caller);
  let list: HelpRequestSummary[];
  if (input.orgUnitId !== undefined) {
    const unit = await requireUnitInScope(db, caller, SCOPES.manageBranch, input.orgUnitId, {
      forbidden: '这个单位不在您管理的范围里，不能查看它的互助请求。',
    });
    let q = requestQuery(db).where(inSubtrees('unit.path', [unit.path]));
    if (input.status) q = q.where('r.status', '=', input.status);
    const rows = await q.orderBy('r.starts_at', 'desc').limit(500).execute();
    list = rows.map((r) => summarize(r, viewer));
  } else if (input.mine) {
    const me = caller.person.id;
    const elders = [...viewer.eldersActedFor];
    let q = requestQuery(db).where((eb) =>
      eb.or([
        eb('r.person_id', '=', me),
        eb('r.requested_by', '=', me),
        eb('r.helper_id', '=', me),
        ...(elders.length > 0 ? [eb('r.person_id', 'in', elders)] : []),
      ]),
    );
    if (input.status) q = q.where('r.status', '=', input.status);
    const rows = await q.orderBy('r.starts_at', 'desc').limit(200).execute();
    list = rows.map((r) => summarize(r, viewer));
  } else {
    list = await requestsForHelper(db, caller, viewer, deps.now());
  }
  return { requests: list };
});

export const requestDetail = action(
  { access: 'person', input: requestIdInput },
  async function requestDetail({ requestId }, ctx): Promise<TimebankApi['requestDetail']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const row = await findRequest(db, requestId);
    const viewer = await viewerOf(db, caller);
    const me = caller.person.id;
    const involved =
      row !== null &&
      (row.person_id === me ||
        row.requested_by === me ||
        row.helper_id === me ||
        viewer.eldersActedFor.has(row.person_id) ||
        viewer.manages(row.unit_path));
    // An open request is visible to helpers who could take it (they see the community, not the address).
    const offer = row && !involved && row.status === 'open' ? await helperMayTake(db, me, row) : false;
    if (!row || (!involved && !offer)) throw fail.notFound('没有找到这次互助请求，它可能已经取消了。');
    const visitRow = await db.selectFrom('tb_visits').select('id').where('request_id', '=', row.id).executeTakeFirst();
    const visit = visitRow ? await findVisit(db, visitRow.id) : null;
    const mayConfirm =
      visit !== null &&
      visit.status === 'awaiting_confirmation' &&
      visit.helper_id !== me &&
      confirmWindowOpen(visit.confirm_by, now) &&
      (row.person_id === me || viewer.eldersActedFor.has(row.person_id) || viewer.manages(row.unit_path));
    const actsForElder =
      row.person_id === me || viewer.eldersActedFor.has(row.person_id) || viewer.manages(row.unit_path);
    return {
      ...summarize(row, viewer),
      note: row.note,
      comingSentence: comingSentence(row, row.person_id === me),
      paymentSentence: await paymentSentence(db, row, now),
      visit: visit ? visitSummary(visit) : null,
      can: {
        accept: offer,
        cancel:
          (actsForElder || row.requested_by === me) && ['awaiting_approval', 'open', 'matched'].includes(row.status),
        checkIn: row.helper_id === me && row.status === 'matched',
        checkOut: row.helper_id === me && row.status === 'visiting',
        confirm: mayConfirm,
        dispute: mayConfirm,
      },
    };
  },
);

/** Whether a helper's offer covers this open request (street and service). */
export async function helperMayTake(db: Kysely<Schema>, helperId: number, row: RequestRow): Promise<boolean> {
  const offer = await db.selectFrom('tb_offers').selectAll().where('person_id', '=', helperId).executeTakeFirst();
  if (!offer || row.person_id === helperId) return false;
  if (!(JSON.parse(offer.services) as string[]).includes(row.service)) return false;
  const street = await db.selectFrom('org_units').select('path').where('id', '=', offer.street_id).executeTakeFirst();
  return street !== undefined && row.unit_path.startsWith(street.path);
}

async function paymentSentence(db: Kysely<Schema>, row: RequestRow, now: Date): Promise<string> {
  if (row.status === 'awaiting_approval') return '这次帮助的时间要等书记审核以后才定由谁支付。';
  if (row.status === 'done') return '这次帮助的时间已经记账。';
  const facts = await spenderFacts(db, row.person_id, now);
  const spendable = spendableMinutes(await balanceOf(db, 'timebank', row.person_id), facts);
  const decision = decideRequest(
    facts,
    spendable,
    Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000),
    row.approved_by !== null,
  );
  if (decision.status === 'open' && decision.payer === 'own') return '确认以后，从老人存的时间里支付。';
  return '确认以后，老人存的时间先用，不够的部分由互助池支付。';
}
