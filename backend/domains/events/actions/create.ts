// 发布活动: a secretary for their own branch, an admin for any unit of their subtree. A lottery gets its seed here,
// before anyone can apply: made by the server, secret until the draw, its SHA-256 shown (docs/LOTTERY.md).
import { randomBytes } from 'node:crypto';
import { createEventInput, DEFAULT_CONFIRM_HOURS, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { requireUnitInScope } from '../../../access/unit-scope';
import { eventTimesProblem } from '../rules/events';
import { sha256Hex } from '../rules/lottery';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { toDetail } from '../queries/events';

export const create = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: createEventInput,
    limit: { points: 30, seconds: 600 },
  },
  async function create(input, ctx): Promise<EventsApi['create']['output']> {
    const { deps, caller } = ctx;
    const unit = await requireUnitInScope(deps.database.db, caller, 'manageBranch', input.audienceOrgUnitId, {
      notFound: '没有找到这个参加范围，请重新选择。',
      forbidden: '这个单位不在您的管理范围内，不能为它发布活动。',
    });
    const problem = eventTimesProblem(input);
    if (problem) throw fail.validation(problem);
    if (input.termCap !== undefined && input.term === undefined)
      throw fail.validation('设了每人最多报几门课，也请填写学期名称。');
    const now = deps.now();
    const at = now.toISOString();
    const seed = input.mode === 'lottery' ? randomBytes(16).toString('hex') : null;
    return ctx.transaction(async (trx, audit) => {
      const row = await trx
        .insertInto('events')
        .values({
          title: input.title,
          type: input.type,
          description: input.description ?? '',
          place: input.place,
          start_at: input.startAt,
          end_at: input.endAt,
          capacity: input.capacity,
          signup_opens_at: input.signupOpensAt,
          signup_closes_at: input.signupClosesAt,
          audience_org_unit_id: unit.id,
          audience_path: unit.path,
          mode: input.mode,
          term: input.term ?? null,
          term_cap: input.term ? (input.termCap ?? null) : null,
          confirm_hours: input.confirmHours ?? DEFAULT_CONFIRM_HOURS,
          seed_hash: seed ? sha256Hex(seed) : null,
          seed,
          seed_by: seed ? 'system' : null,
          drawn_at: null,
          draw_json: null,
          reminded_at: null,
          cancelled_at: null,
          cancel_reason: null,
          created_by: caller.person.id,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'event',
        entityId: row.id,
        after: {
          title: row.title,
          type: row.type,
          capacity: row.capacity,
          audience: unit.id,
          mode: row.mode,
          startAt: row.start_at,
        },
      });
      return { event: toDetail(row, unit.name, true) };
    });
  },
);
