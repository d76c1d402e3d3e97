// The action router every cloud function uses: event { action, data } → access check → validation → handler
// → envelope. One code path for WeChat cloud and for our own host; only the Identity differs.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z, type ZodTypeAny } from 'zod';
import type { Envelope } from '../../contracts/envelope';
import type { Role } from '../../contracts/roles';
import type { Schema } from '../data/schema';
import { hasAnyRole } from '../rules/org-scope';
import { AppError, fail } from './app-error';
import { resolveCaller, type Caller, type Identity, type PersonCaller } from './caller';
import type { Deps } from './deps';
import type { Logger } from './logger';

/** public: anyone; person: a signed-in member; roles: holds one of these roles somewhere (scope checked in the handler). */
export type Access = 'public' | 'person' | { roles: readonly Role[] };

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

interface BaseContext {
  deps: Deps;
  traceId: string;
  log: Logger;
  /** Runs the writes in one transaction; every write records at least one audit row through `audit`. */
  transaction<T>(work: (trx: Transaction<Schema>, audit: Audit) => Promise<T>): Promise<T>;
}

export type ContextFor<A extends Access> = BaseContext & { caller: A extends 'public' ? Caller : PersonCaller };

export interface ActionSpec<S extends ZodTypeAny, O, A extends Access> {
  access: A;
  input: S;
  run(input: z.output<S>, ctx: ContextFor<A>): Promise<O>;
}

// The router stores actions with their types erased; `action()` checks each one where it is written.
type AnyAction = {
  access: Access;
  input: ZodTypeAny;
  run(input: unknown, ctx: ContextFor<Access>): Promise<unknown>;
};

export function action<S extends ZodTypeAny, O, A extends Access>(spec: ActionSpec<S, O, A>): AnyAction {
  return spec as unknown as AnyAction;
}

export interface CloudFunction {
  name: string;
  actionNames: string[];
  handle(event: unknown, identity: Identity, deps: Deps, traceId?: string): Promise<Envelope<unknown>>;
}

const eventSchema = z
  .object({
    action: z.string().max(64),
    data: z.unknown().optional(),
    /** Client-made id of this request; a retry with the same id is answered from the first result. */
    requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
  })
  .passthrough();

export function defineFunction(name: string, actions: Record<string, AnyAction>): CloudFunction {
  return {
    name,
    actionNames: Object.keys(actions),
    async handle(event, identity, deps, traceId = randomUUID()) {
      const log = deps.log.child({ traceId, fn: name });
      const started = performance.now();
      let actionName = '?';
      try {
        const parsed = eventSchema.safeParse(event);
        if (!parsed.success) throw fail.validation('请求的格式不对，请返回重试。');
        actionName = parsed.data.action;
        const spec = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined;
        if (!spec) throw fail.notFound('没有这项功能，请返回首页再试。');

        const caller = await resolveCaller(identity, deps, spec.access !== 'public');
        authorise(spec.access, caller);
        const input = validate(spec.input, parsed.data.data ?? {});
        const ctx = makeContext(name, actionName, caller, deps, traceId, log, parsed.data.requestId);
        const data = await spec.run(input, ctx as ContextFor<Access>);
        log.info('call', { action: actionName, ok: true, ms: round(performance.now() - started) });
        return { ok: true, data };
      } catch (err) {
        if (err instanceof AppError) {
          log.info('call', { action: actionName, ok: false, code: err.code, ms: round(performance.now() - started) });
          return { ok: false, error: { code: err.code, message: err.message } };
        }
        log.error('unexpected failure', {
          action: actionName,
          error: err instanceof Error ? err.message : String(err),
          stack: err instanceof Error ? err.stack : undefined,
        });
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `系统出了点问题，请稍后再试。如果一直这样，请把编号 ${traceId.slice(0, 8)} 告诉工作人员。`, traceId },
        };
      }
    },
  };
}

function authorise(access: Access, caller: Caller): asserts caller is Caller {
  if (access === 'public') return;
  if (caller.kind !== 'person') throw fail.unauthenticated();
  if (access !== 'person' && !hasAnyRole(caller.grants, access.roles)) throw fail.forbidden();
}

function validate(schema: ZodTypeAny, data: unknown): unknown {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // Zod's own English messages (wrong type, unknown key…) are replaced by a plain Chinese sentence.
  const ours = issue && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : null;
  throw fail.validation(ours ?? '填写的内容不对，请检查后再试。');
}

function makeContext(
  fn: string,
  actionName: string,
  caller: Caller,
  deps: Deps,
  traceId: string,
  log: Logger,
  requestId: string | undefined,
): BaseContext & { caller: Caller } {
  const replayKey =
    requestId && `${fn}.${actionName}:${caller.kind === 'person' ? caller.person.id : 'anon'}:${requestId}`;
  const replay = async () => {
    if (!replayKey) return undefined;
    const row = await deps.database.db.selectFrom('idempotency_keys').select('result_json').where('key', '=', replayKey).executeTakeFirst();
    return row ? (JSON.parse(row.result_json) as unknown) : undefined;
  };
  return {
    caller,
    deps,
    traceId,
    log,
    async transaction<T>(work: (trx: Transaction<Schema>, audit: Audit) => Promise<T>): Promise<T> {
      const earlier = await replay();
      if (earlier !== undefined) return earlier as T;
      let audited = 0;
      const run = () => deps.database.db.transaction().execute(async (trx) => {
        const audit: Audit = async (entry) => {
          audited += 1;
          await trx
            .insertInto('audit_log')
            .values({
              at: deps.now().toISOString(),
              trace_id: traceId,
              actor_person_id: caller.kind === 'person' ? caller.person.id : null,
              fn,
              action: actionName,
              entity: entry.entity,
              entity_id: entry.entityId === null ? null : String(entry.entityId),
              before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
              after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
            })
            .execute();
        };
        const value = await work(trx, audit);
        if (audited === 0) throw new Error(`${fn}.${actionName} wrote without an audit row`);
        if (replayKey) {
          await trx
            .insertInto('idempotency_keys')
            .values({ key: replayKey, result_json: JSON.stringify(value ?? null), created_at: deps.now().toISOString() })
            .execute();
        }
        return value;
      });
      try {
        return await run();
      } catch (err) {
        // Two copies of one request raced: the loser's insert of the key failed; answer with the winner's result.
        const winner = await replay();
        if (winner !== undefined) return winner as T;
        throw err;
      }
    },
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
