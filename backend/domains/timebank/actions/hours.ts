// A member's time-bank hours: the balance and what may be spent ("您存了12小时，可以随时用。"), the movements in
// sentences, a gift to a linked direct relative, a donation to the street's pool, and a pool's balance. Every
// transfer locks the accounts it moves, refuses below the floor with a sentence, and overflows above the cap.
import { none } from '../../../../contracts/fields';
import {
  MOVEMENT_KIND_NAMES,
  donateInput,
  giveInput,
  poolInput,
  type Movement,
  type MovementKind,
  type TimebankApi,
} from '../../../../contracts/timebank';
import { minutesWords } from '../../../../contracts/time-words';
import { chinaDay, onChinaClock } from '../../../common/china-time';
import type { Schema } from '../../../data/schema';
import { isWithin } from '../../../common/org-paths';
import type { TransferPlan } from '../../../ledger/transfers';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { PersonCaller } from '../../../runtime/caller';
import type { Kysely, Transaction } from 'kysely';
import { managesPath } from '../access';
import { balanceOf, capMinutes, lockAccounts, writeTimebankTransfer } from '../queries/ledger';
import { linkedEitherWay, namesOf, relativesOf, spenderFacts, streetOfPath } from '../queries/people';
import { hoursOf } from '../rules/coverage';
import { maySpend, spendableMinutes } from '../rules/members';
import { donationTransfer, giftTransfer, overflowTransfer, spendProblem } from '../rules/payment';
import { SPENDING_AGE } from '../../../../contracts/timebank';

async function balanceView(
  db: Kysely<Schema>,
  caller: PersonCaller,
  now: Date,
): Promise<TimebankApi['balance']['output']> {
  const me = caller.person.id;
  const minutes = await balanceOf(db, 'timebank', me);
  const facts = await spenderFacts(db, me, now);
  const spendable = spendableMinutes(minutes, facts);
  const pending = await db
    .selectFrom('tb_visits')
    .select((eb) => eb.fn.sum<number | null>('minutes').as('m'))
    .where('helper_id', '=', me)
    .where('status', 'in', ['awaiting_confirmation', 'disputed'])
    .executeTakeFirst();
  const dormant = await db.selectFrom('tb_dormant').select('person_id').where('person_id', '=', me).executeTakeFirst();
  const held = minutesWords(minutes);
  const sentence =
    minutes <= 0
      ? '您还没有存时间。帮助别的老人，就能存下时间，等自己需要时再用。'
      : maySpend(facts)
        ? `您存了${held}，可以随时用。`
        : `您存了${held}，满${SPENDING_AGE}岁以后可以用；有困难可以请支部书记审核提前使用。`;
  return {
    balance: hoursOf(minutes),
    spendable: hoursOf(spendable),
    sentence,
    cap: hoursOf(await capMinutes(db)),
    awaitingConfirmation: hoursOf(Number(pending?.m ?? 0)),
    dormant: dormant !== undefined,
    relatives: await relativesOf(db, me),
  };
}

export const balance = action({ access: 'person', input: none }, async function balance(_input, ctx): Promise<
  TimebankApi['balance']['output']
> {
  return balanceView(ctx.deps.database.db, ctx.caller, ctx.deps.now());
});

const kindOf = (transferKind: string, minutes: number): MovementKind => {
  switch (transferKind) {
    case 'visit':
      return minutes > 0 ? 'earned' : 'spent';
    case 'gift':
      return minutes > 0 ? 'gift_in' : 'gift_out';
    case 'donation':
      return 'donated';
    case 'overflow':
      return 'overflow';
    default:
      return 'post_hours';
  }
};

export const myMovements = action({ access: 'person', input: none }, async function myMovements(_input, ctx): Promise<
  TimebankApi['myMovements']['output']
> {
  const db = ctx.deps.database.db;
  const me = ctx.caller.person.id;
  const rows = await db
    .selectFrom('ledger_movements as m')
    .innerJoin('ledger_transfers as t', 't.id', 'm.transfer_id')
    .select(['m.id', 'm.transfer_id', 'm.minutes', 'm.created_at', 't.kind'])
    .where('m.account_kind', '=', 'timebank')
    .where('m.account_id', '=', me)
    .orderBy('m.id', 'desc')
    .limit(200)
    .execute();
  const transferIds = rows.map((r) => r.transfer_id);
  const others =
    transferIds.length === 0
      ? []
      : await db
          .selectFrom('ledger_movements')
          .select(['transfer_id', 'account_kind', 'account_id'])
          .where('transfer_id', 'in', transferIds)
          .where((eb) => eb.or([eb('account_kind', '!=', 'timebank'), eb('account_id', '!=', me)]))
          .execute();
  const visits =
    transferIds.length === 0
      ? []
      : await db
          .selectFrom('tb_visits')
          .innerJoin('help_requests', 'help_requests.id', 'tb_visits.request_id')
          .select(['tb_visits.transfer_id', 'tb_visits.helper_id', 'tb_visits.elder_id', 'help_requests.service'])
          .where('tb_visits.transfer_id', 'in', transferIds)
          .execute();
  const names = await namesOf(db, [
    ...others.filter((o) => o.account_kind === 'timebank').map((o) => o.account_id),
    ...visits.flatMap((v) => [v.helper_id, v.elder_id]),
  ]);
  const movements: Movement[] = rows.map((r) => {
    const minutes = Number(r.minutes);
    const kind = kindOf(r.kind, minutes);
    const visit = visits.find((v) => v.transfer_id === r.transfer_id);
    const other = others.find((o) => o.transfer_id === r.transfer_id && o.account_kind === 'timebank');
    const otherName = visit
      ? (names.get(minutes > 0 ? visit.elder_id : visit.helper_id) ?? '')
      : other
        ? (names.get(other.account_id) ?? '')
        : '互助池';
    const day = onChinaClock(r.created_at);
    const date = `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
    const amount = minutesWords(Math.abs(minutes));
    const sentence =
      kind === 'earned'
        ? `${date} 帮助${otherName}${visit?.service ?? ''}，收到${amount}。`
        : kind === 'spent'
          ? `${date} ${otherName}帮您${visit?.service ?? ''}，用去${amount}。`
          : kind === 'gift_in'
            ? `${date} ${otherName}送给您${amount}。`
            : kind === 'gift_out'
              ? `${date} 送给${otherName}${amount}。`
              : kind === 'donated'
                ? `${date} 捐给互助池${amount}。`
                : kind === 'overflow'
                  ? `${date} 超过上限的${amount}转入了互助池。`
                  : `${date} 驿站服务计入${amount}。`;
    return {
      id: r.id,
      at: r.created_at,
      hours: hoursOf(minutes),
      kind,
      kindName: MOVEMENT_KIND_NAMES[kind],
      other: otherName,
      sentence,
    };
  });
  return { movements };
});

/** Writes `plan` after the floor check, then any overflow of the receiving member above the cap. */
async function moveHours(
  trx: Transaction<Schema>,
  plan: TransferPlan,
  receiver: { id: number; streetId: number } | null,
  by: number,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const servedOn = chinaDay(now);
  await writeTimebankTransfer(trx, plan, { reason: plan.kind, createdBy: by, servedOn, at });
  if (receiver) {
    const overflow = overflowTransfer(
      receiver.id,
      receiver.streetId,
      await balanceOf(trx, 'timebank', receiver.id),
      await capMinutes(trx),
    );
    if (overflow)
      await writeTimebankTransfer(trx, overflow, { reason: `overflow:${plan.kind}`, createdBy: null, servedOn, at });
  }
}

export const give = action(
  { access: 'person', input: giveInput, limit: { points: 10, seconds: 60 } },
  async function give({ toPersonId, hours }, ctx): Promise<TimebankApi['give']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const me = caller.person.id;
    if (toPersonId === me) throw fail.validation('不能把时间送给自己。');
    if (!(await linkedEitherWay(db, me, toPersonId)))
      throw fail.forbidden('时间只能送给和您关联了家人码的直系亲属。请先在“我的家人”里关联，再来赠送。');
    const to = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.id', 'people.name', 'people.status', 'org_units.path'])
      .where('people.id', '=', toPersonId)
      .executeTakeFirst();
    if (!to || to.status !== 'active') throw fail.notFound('没有找到这位家人。');
    const street = await streetOfPath(db, to.path);
    const minutes = Math.round(hours * 60);
    await ctx.transaction(async (trx, audit) => {
      await lockAccounts(trx, [me, toPersonId], [street.id]);
      const problem = spendProblem(await balanceOf(trx, 'timebank', me), minutes, '赠送的时间');
      if (problem) throw new AppError('CONFLICT', problem);
      await moveHours(trx, giftTransfer(me, toPersonId, minutes), { id: toPersonId, streetId: street.id }, me, now);
      await audit({ entity: 'tb_gift', entityId: toPersonId, after: { from: me, to: toPersonId, minutes } });
    });
    const view = await balanceView(db, caller, now);
    return {
      balance: view.balance,
      spendable: view.spendable,
      message: `已经送给${to.name}${minutesWords(minutes)}。`,
    };
  },
);

export const donate = action(
  { access: 'person', input: donateInput, limit: { points: 10, seconds: 60 } },
  async function donate({ hours }, ctx): Promise<TimebankApi['donate']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const me = caller.person.id;
    const street = await streetOfPath(db, caller.orgUnit.path);
    const minutes = Math.round(hours * 60);
    await ctx.transaction(async (trx, audit) => {
      await lockAccounts(trx, [me], [street.id]);
      const problem = spendProblem(await balanceOf(trx, 'timebank', me), minutes, '捐出的时间');
      if (problem) throw new AppError('CONFLICT', problem);
      await moveHours(trx, donationTransfer(me, street.id, minutes), null, me, now);
      await audit({ entity: 'tb_donation', entityId: street.id, after: { from: me, minutes } });
    });
    const view = await balanceView(db, caller, now);
    return {
      balance: view.balance,
      spendable: view.spendable,
      message: `谢谢您！${minutesWords(minutes)}已经捐给${street.name}的互助池，用来帮助80岁以上和有困难的老人。`,
    };
  },
);

export const pool = action({ access: 'person', input: poolInput }, async function pool({ orgUnitId }, ctx): Promise<
  TimebankApi['pool']['output']
> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const unit = await db.selectFrom('org_units').selectAll().where('id', '=', orgUnitId).executeTakeFirst();
  // A member sees the pool of a unit they live under; a secretary or admin of any unit they manage.
  if (!unit || !(isWithin(caller.orgUnit.path, unit.path) || managesPath(caller, unit.path)))
    throw fail.notFound('没有找到这个互助池。');
  const street = await streetOfPath(db, unit.path);
  const month = chinaDay(deps.now()).slice(0, 7);
  const used = await db
    .selectFrom('ledger_movements as m')
    .innerJoin('ledger_transfers as t', 't.id', 'm.transfer_id')
    .select([
      (eb) => eb.fn.sum<number | null>('m.minutes').as('total'),
      (eb) =>
        eb.fn
          .sum<number | null>(
            eb.case().when('m.served_on', '>=', `${month}-01`).then(eb.ref('m.minutes')).else(0).end(),
          )
          .as('month'),
    ])
    .where('m.account_kind', '=', 'pool')
    .where('m.account_id', '=', street.id)
    .where('t.kind', '=', 'visit')
    .executeTakeFirst();
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    streetId: street.id,
    balance: hoursOf(await balanceOf(db, 'pool', street.id)),
    usedThisMonth: hoursOf(-Number(used?.month ?? 0)),
    usedTotal: hoursOf(-Number(used?.total ?? 0)),
  };
});
