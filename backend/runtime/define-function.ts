// The action router every cloud function uses: event { action, data, requestId? } → caller → access → validation
// → rate limit → replay check → handler → envelope. One code path for WeChat cloud and for our own host; only the
// Identity differs. Writes go through the unit of work (unit-of-work.ts); resends are answered here, before the
// handler runs, so a resent 报名 gets the first answer and not "已经报过名了".
import { randomUUID } from 'node:crypto';
import type { z, ZodTypeAny } from 'zod';
import type { Envelope } from '../../contracts/envelope';
import { none } from '../../contracts/fields';
import type { Role } from '../../contracts/roles';
import { isDatabaseUnavailable } from '../data/database';
import { hasAnyRole } from '../rules/org-scope';
import { AppError, fail } from './app-error';
import { resolveCaller, type Caller, type Identity, type PersonCaller } from './caller';
import type { Deps } from './deps';
import type { Logger } from './logger';
import type { RateLimit } from './rate-limits';
import { recall, replayKeyFor, type ReplayKey } from './replay-keys';
import { createUnitOfWork, type Transact, type UnitOfWork } from './unit-of-work';

export type { Audit, AuditEntry } from './unit-of-work';

/** public: anyone; person: a signed-in member; roles: holds one of these roles somewhere (scope checked in the handler). */
export type Access = 'public' | 'person' | { roles: readonly Role[] };

interface BaseContext {
  deps: Deps;
  traceId: string;
  log: Logger;
  /** The client's id for this request, for actions that recognise resends themselves (`replay: 'handler'`). */
  requestId?: string;
  /** Runs the writes in one transaction; every write records at least one audit row through `audit`. */
  transaction: Transact;
}

export type ContextFor<A extends Access> = BaseContext & { caller: A extends 'public' ? Caller : PersonCaller };

/**
 * How a resent call is answered. By default the first answer, kept as it was; an action whose answer holds a
 * secret (a code, a token) keeps only what is safe and rebuilds the answer from it.
 */
export interface ReplayPolicy<O, A extends Access> {
  keep(output: O): unknown;
  answer(kept: unknown, ctx: ContextFor<A>): Promise<O>;
}

export interface ActionSpec<S extends ZodTypeAny, O, A extends Access> {
  access: A;
  input: S;
  /** At most this many calls per caller (person, WeChat user, or web address), or per `by(input)`; several all apply. */
  limit?: ActionLimit<z.output<S>> | readonly ActionLimit<z.output<S>>[];
  /**
   * Resends (the same requestId) are answered by the router, before the handler runs, from what the call's write
   * transaction returned (stored with its writes). 'handler': the action keeps no answer and recognises a resend
   * itself (its answer is a secret that must not be stored).
   */
  replay?: 'handler' | ReplayPolicy<O, A>;
  /** 'resendable': the client resends this write anyway, so its SQLite commit may skip the fsync (unit-of-work.ts). */
  commits?: 'resendable';
  run(input: z.output<S>, ctx: ContextFor<A>): Promise<O>;
}

export interface ActionLimit<I> extends RateLimit {
  /** Counted per this instead of per caller; null: this limit does not apply to this call. */
  by?: (input: I) => string | null;
  /**
   * 'failures': a call that succeeds gives its point back, so only refusals add up (guessing a code), and a
   * family at one address redeeming their own codes is never stopped. Taken before the handler all the same, so
   * a burst of parallel guesses cannot all slip past the count.
   */
  counts?: 'failures';
}

// The router stores actions with their types erased; `action()` checks each one where it is written.
type AnyAction = {
  access: Access;
  input: ZodTypeAny;
  limit?: ActionLimit<unknown> | readonly ActionLimit<unknown>[];
  replay?: 'handler' | ReplayPolicy<unknown, Access>;
  commits?: 'resendable';
  run(input: unknown, ctx: ContextFor<Access>): Promise<unknown>;
};

/** What an action declares beside its handler. */
export type ActionOptions<S extends ZodTypeAny, O, A extends Access> = Omit<ActionSpec<S, O, A>, 'run'>;

/**
 * An action: its options, then its handler as a named function (`async function joinShift(input, ctx) {…}`), so
 * outlines, stack traces and go-to-definition see the handler by its name. Input and context types are inferred.
 */
export function action<S extends ZodTypeAny, O, A extends Access>(
  options: ActionOptions<S, O, A>,
  run: ActionSpec<S, O, A>['run'],
): AnyAction;
export function action(options: object, run?: AnyAction['run']): AnyAction {
  return (run ? { ...options, run } : options) as AnyAction;
}

export interface CloudFunction {
  name: string;
  actionNames: string[];
  handle(event: unknown, identity: Identity, deps: Deps, traceId?: string): Promise<Envelope<unknown>>;
}

/** What every call sends: { action, data?, requestId? }; other fields are ignored. */
interface CallEvent {
  action: string;
  data?: unknown;
  /** Client-made id of this request; a resend with the same id is answered from the first result. */
  requestId?: string;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The event, or null when it is not one. Checked by hand: it runs on every call, and a schema cost it more. */
function readEvent(event: unknown): CallEvent | null {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return null;
  const { action, data, requestId } = event as Record<string, unknown>;
  if (typeof action !== 'string' || action.length > 64) return null;
  if (requestId !== undefined && (typeof requestId !== 'string' || !REQUEST_ID.test(requestId))) return null;
  return { action, data, requestId };
}

const keepAsIs: ReplayPolicy<unknown, Access> = { keep: (output) => output, answer: async (kept) => kept };

export function defineFunction(name: string, actions: Record<string, AnyAction>): CloudFunction {
  return {
    name,
    actionNames: Object.keys(actions),
    async handle(event, identity, deps, traceId = randomUUID()) {
      const log = deps.log.child({ traceId, fn: name });
      const started = performance.now();
      let actionName = '?';
      try {
        const parsed = readEvent(event);
        if (!parsed) throw fail.validation('请求的格式不对，请返回重试。');
        actionName = parsed.action;
        const spec = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined;
        if (!spec) throw fail.notFound('没有这项功能，请返回首页再试。');

        const caller = await resolveCaller(identity, deps, spec.access !== 'public');
        authorise(spec.access, caller);
        const input = validate(spec.input, parsed.data ?? {});
        // An action without a limit (account.me) pays nothing here: no counter, not even a promise.
        const taken = spec.limit
          ? await takeLimits(spec.limit, input, caller, deps, `${name}.${actionName}`)
          : NO_LIMITS;
        const data = await runOnce(spec, input, {
          fn: name,
          action: actionName,
          caller,
          deps,
          traceId,
          log,
          requestId: parsed.requestId,
        });
        for (const t of taken) if (t.limit.counts === 'failures') await giveBack(t, deps, log);
        log.info('call', { action: actionName, ok: true, ms: round(performance.now() - started) });
        return { ok: true, data };
      } catch (err) {
        if (err instanceof AppError) {
          log.info('call', { action: actionName, ok: false, code: err.code, ms: round(performance.now() - started) });
          return { ok: false, error: { code: err.code, message: err.message } };
        }
        if (isDatabaseUnavailable(err)) {
          // Logged as an error (the operator must act), answered as "try later" rather than "something broke".
          log.error('database unavailable', {
            action: actionName,
            error: err instanceof Error ? err.message : String(err),
            ms: round(performance.now() - started),
          });
          const { code, message } = fail.databaseUnavailable();
          return { ok: false, error: { code, message } };
        }
        log.error('unexpected failure', {
          action: actionName,
          error: err instanceof Error ? err.message : String(err),
          stack: err instanceof Error ? err.stack : undefined,
        });
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `系统出了点问题，请稍后再试。如果一直这样，请把编号 ${traceId.slice(0, 8)} 告诉工作人员。`,
            traceId,
          },
        };
      }
    },
  };
}

interface CallFacts {
  fn: string;
  action: string;
  caller: Caller;
  deps: Deps;
  traceId: string;
  log: Logger;
  requestId: string | undefined;
}

/**
 * Runs the handler, or answers a resend from the stored answer. Only a signed-in caller's resends are answered, and
 * the key is scoped to that caller. The first call gets what the handler returns, whatever it is.
 */
async function runOnce(spec: AnyAction, input: unknown, call: CallFacts): Promise<unknown> {
  const { fn, action: actionName, caller, deps, requestId } = call;
  const policy = spec.replay === undefined || spec.replay === 'handler' ? keepAsIs : spec.replay;
  const replayKey: ReplayKey | null =
    requestId !== undefined && caller.kind === 'person' && spec.replay !== 'handler'
      ? replayKeyFor(fn, actionName, caller.person.id, requestId, input)
      : null;
  const context = (withReplay: boolean): ContextFor<Access> => {
    // Made on the first write only: most calls read, and this runs on every call.
    let made: UnitOfWork | null = null;
    const uow = () =>
      (made ??= createUnitOfWork({
        deps,
        caller,
        fn,
        action: actionName,
        traceId: call.traceId,
        resendableCommits: spec.commits === 'resendable',
        replay: withReplay && replayKey ? { key: replayKey, keep: policy.keep } : null,
      }));
    return {
      caller: caller as PersonCaller,
      deps,
      traceId: call.traceId,
      log: call.log,
      requestId,
      transaction: (work) => uow().transaction(work),
    };
  };
  const answerResend = async (): Promise<{ data: unknown } | null> => {
    if (!replayKey) return null;
    const remembered = await recall(deps.database.db, replayKey, deps.now());
    if (remembered.kind === 'none') return null;
    if (remembered.kind === 'other-request') {
      throw new AppError(
        'IDEMPOTENCY_MISMATCH',
        '这次提交的内容和上一次不一样，系统没有保存。请回到页面，重新操作一次。',
      );
    }
    return { data: await policy.answer(remembered.kept, context(false)) };
  };

  // Most calls carry no replay key (every read): they go straight to the handler.
  if (!replayKey) return spec.run(input, context(true));
  const earlier = await answerResend();
  if (earlier) return earlier.data;

  try {
    return await spec.run(input, context(true));
  } catch (err) {
    // Two copies of one request raced, or the first finished while this one ran: answer with the first's result.
    const winner = await answerResend();
    if (winner) return winner.data;
    throw err;
  }
}

type Taken = { name: string; limit: ActionLimit<unknown>; subject: string };

const NO_LIMITS: readonly Taken[] = [];

/** Takes one call from each of the action's limits that applies; the first spent one refuses the call. */
async function takeLimits(
  spec: NonNullable<AnyAction['limit']>,
  input: unknown,
  caller: Caller,
  deps: Deps,
  name: string,
): Promise<Taken[]> {
  const limits: readonly ActionLimit<unknown>[] = Array.isArray(spec) ? spec : [spec as ActionLimit<unknown>];
  const taken: Taken[] = [];
  for (const [i, limit] of limits.entries()) {
    const by = limit.by ? limit.by(input) : undefined;
    if (by === null) continue;
    // The first limit keeps the action's own name, so counters and docs written before several limits still hold.
    const t = {
      name: i === 0 ? name : `${name}#${i}`,
      limit,
      subject: by === undefined ? subjectOf(caller) : `in:${by}`,
    };
    await deps.limits.take(t.name, t.limit, t.subject);
    taken.push(t);
  }
  return taken;
}

/** The call succeeded and its writes are committed: a counter that cannot be given back must not turn it into a failure. */
async function giveBack(t: Taken, deps: Deps, log: Logger): Promise<void> {
  try {
    await deps.limits.giveBack(t.name, t.limit, t.subject);
  } catch (err) {
    log.warn('rate limit give-back failed', { limit: t.name, error: err instanceof Error ? err.message : String(err) });
  }
}

/** Who a rate limit counts: the person, else the WeChat user, else the web caller's address. */
function subjectOf(caller: Caller): string {
  if (caller.kind === 'person') return `p:${caller.person.id}`;
  return caller.identity.source === 'wechat' ? `o:${caller.identity.openid}` : `ip:${caller.identity.ip ?? 'unknown'}`;
}

function authorise(access: Access, caller: Caller): asserts caller is Caller {
  if (access === 'public') return;
  if (caller.kind !== 'person') throw fail.unauthenticated();
  if (access !== 'person' && !hasAnyRole(caller.grants, access.roles)) throw fail.forbidden();
}

function validate(schema: ZodTypeAny, data: unknown): unknown {
  // Most reads take nothing (`none`, account.me among them): an empty object needs no schema run, which cost about
  // 1 µs a call under load (issue 19). Anything else, a key or a wrong type, goes to the schema and its refusal.
  if (schema === none && isEmptyObject(data)) return {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // Zod's own English messages (wrong type, unknown key…) are replaced by a plain Chinese sentence.
  const ours = issue && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : null;
  throw fail.validation(ours ?? '填写的内容不对，请检查后再试。');
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** `{}` as JSON.parse makes it: a plain object without a single own key. */
function isEmptyObject(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  for (const key in data) if (Object.prototype.hasOwnProperty.call(data, key)) return false;
  return true;
}
