// Opening a help request, for whichever domain opens it: the time bank's request action, or the 民情 casework from a
// visit ("李奶奶需要有人陪她去医院"). The caller has already checked that its caller may act for the elder (person
// policy, backend/access/person-access.ts) and writes in its own transaction (ctx.transaction: audit, replay); this
// checks the request itself and writes the row. Matching, the visit and the hours are the time bank's.
import type { Transaction } from 'kysely';
import type { RequestStatus, Urgency } from '../../contracts/timebank';
import type { Schema } from '../data/schema';
import { fail } from '../runtime/app-error';
import { helpRequestProblem } from './rules';
import type { HelpRequestSource } from './schema';

export interface NewHelpRequest {
  /** The elder helped. */
  personId: number;
  /** Who asks: the elder, a linked relative or a secretary. */
  requestedBy: number;
  category: string;
  service: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  place: string;
  urgency: Urgency;
  note?: string | null;
  source: HelpRequestSource;
  /** The opening domain's own id (a casework visit or case), for the way back. */
  sourceRef?: number | null;
  /** A secretary who opened it or approved the need: the bank stands behind its hours. */
  approvedBy?: number | null;
  /** The elder cannot pay yet and nobody approved: it waits for the secretary before helpers see it. */
  awaitingApproval?: boolean;
}

/**
 * Writes the request and answers its id and status ('open', or 'awaiting_approval'). Refuses with a sentence
 * (VALIDATION) a window that has begun or a service outside the catalogue, and (NOT_FOUND) an elder no longer on the
 * roster; nothing is written then.
 */
export async function openHelpRequest(
  trx: Transaction<Schema>,
  request: NewHelpRequest,
  now: Date,
): Promise<{ id: number; status: RequestStatus }> {
  const problem = helpRequestProblem(request, now);
  if (problem) throw fail.validation(problem);
  const elder = await trx
    .selectFrom('people')
    .select(['id', 'org_unit_id', 'status'])
    .where('id', '=', request.personId)
    .executeTakeFirst();
  if (!elder || elder.status !== 'active') throw fail.notFound('没有找到这位老人，或者他已经不在名册上了。');
  const status: RequestStatus = request.awaitingApproval ? 'awaiting_approval' : 'open';
  const at = now.toISOString();
  const { id } = await trx
    .insertInto('help_requests')
    .values({
      person_id: elder.id,
      org_unit_id: elder.org_unit_id,
      requested_by: request.requestedBy,
      category: request.category as Schema['help_requests']['category'],
      service: request.service,
      starts_at: new Date(request.startsAt).toISOString(),
      ends_at: new Date(request.endsAt).toISOString(),
      place: request.place,
      urgency: request.urgency,
      note: request.note ?? null,
      status,
      helper_id: null,
      matched_at: null,
      source: request.source,
      source_ref: request.sourceRef ?? null,
      approved_by: request.approvedBy ?? null,
      closed_at: null,
      close_reason: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, status };
}
