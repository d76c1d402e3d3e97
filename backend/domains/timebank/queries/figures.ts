// The time bank's figures, for the coverage action, the 驾驶舱 panels and the nightly check: spendable hours held and
// hours delivered under a unit in a month, pool use, and the ledger check's sums.
import { sql, type Kysely, type Transaction } from 'kysely';
import { SPENDING_AGE } from '../../../../contracts/timebank';
import { chinaInstant, monthRange } from '../../../common/china-time';
import { likeStartsWith } from '../../../data/like';
import type { Schema } from '../../../data/schema';
import { judgeLedger, type AccountSums, type CheckResult } from '../rules/ledger-check';
import type { AccountKind } from '../../../ledger/transfers';

type Db = Kysely<Schema> | Transaction<Schema>;

/** The first instant of the month after `month` (China time): "held" is counted up to it. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return chinaInstant(`${next}-01`, '00:00').toISOString();
}

/**
 * Minutes held at the month's end by members under `path` who may spend them (70 by that year, or an approved
 * early need), each member's balance counted at no less than zero; and minutes delivered: confirmed visits to elders
 * under `path` served in the month.
 */
export async function coverageMinutes(
  db: Db,
  path: string,
  month: string,
): Promise<{ held: number; delivered: number }> {
  const end = monthEnd(month);
  const year = Number(month.slice(0, 4));
  const under = likeStartsWith(path);
  const held = await sql<{ m: number | null }>`
    select sum(case when b.bal > 0 then b.bal else 0 end) as m from (
      select p.id, sum(mv.minutes) as bal
      from ledger_movements mv
      join people p on p.id = mv.account_id
      join org_units u on u.id = p.org_unit_id
      where mv.account_kind = 'timebank' and mv.created_at < ${end}
        and u.path like ${under} escape '\\'
        and (p.birth_year <= ${year - SPENDING_AGE} or exists (
          select 1 from tb_needs n where n.person_id = p.id and n.kind = 'early' and n.approved = 1
            and n.decided_at < ${end}
            and not exists (select 1 from tb_needs later where later.person_id = n.person_id and later.kind = 'early'
                              and later.id > n.id and later.decided_at < ${end})))
      group by p.id) b`.execute(db);
  const { from, to } = monthRange(month);
  const delivered = await sql<{ m: number | null }>`
    select sum(v.credited_minutes) as m
    from tb_visits v
    join help_requests r on r.id = v.request_id
    join org_units u on u.id = r.org_unit_id
    where v.status = 'confirmed' and v.served_on >= ${from} and v.served_on <= ${to}
      and u.path like ${under} escape '\\'`.execute(db);
  return { held: Number(held.rows[0]?.m ?? 0), delivered: Number(delivered.rows[0]?.m ?? 0) };
}

/** Minutes paid out of the pools of streets under `path` for visits served in the month. */
export async function poolUseMinutes(
  db: Db,
  path: string,
  month: string,
): Promise<{ minutes: number; elders: number }> {
  const { from, to } = monthRange(month);
  const row = await sql<{ m: number | null; elders: number | null }>`
    select -sum(mv.minutes) as m, count(distinct v.elder_id) as elders
    from ledger_movements mv
    join ledger_transfers t on t.id = mv.transfer_id
    join org_units u on u.id = mv.account_id
    left join tb_visits v on v.transfer_id = t.id
    where mv.account_kind = 'pool' and t.kind = 'visit' and mv.served_on >= ${from} and mv.served_on <= ${to}
      and u.path like ${likeStartsWith(path)} escape '\\'`.execute(db);
  return { minutes: Number(row.rows[0]?.m ?? 0), elders: Number(row.rows[0]?.elders ?? 0) };
}

/** Minutes delivered (confirmed visits) under `path` in the month, and by how many helpers. */
export async function deliveredMinutes(
  db: Db,
  path: string,
  month: string,
): Promise<{ minutes: number; helpers: number }> {
  const { from, to } = monthRange(month);
  const row = await sql<{ m: number | null; helpers: number | null }>`
    select sum(v.credited_minutes) as m, count(distinct v.helper_id) as helpers
    from tb_visits v
    join help_requests r on r.id = v.request_id
    join org_units u on u.id = r.org_unit_id
    where v.status = 'confirmed' and v.served_on >= ${from} and v.served_on <= ${to}
      and u.path like ${likeStartsWith(path)} escape '\\'`.execute(db);
  return { minutes: Number(row.rows[0]?.m ?? 0), helpers: Number(row.rows[0]?.helpers ?? 0) };
}

/** Where a month's figures are shared out to subtrees: the org path each row counts at (by-subtree.ts). */
interface AtPath {
  path: string;
}

/**
 * coverageMinutes' "held" for the whole tree: per org path of the members, each member's balance at the month's end
 * counted at no less than zero (the same people and movements as coverageMinutes, only grouped by path).
 */
export async function heldByPath(db: Db, month: string): Promise<(AtPath & { minutes: number })[]> {
  const end = monthEnd(month);
  const year = Number(month.slice(0, 4));
  const held = await sql<{ path: string; m: number | string | null }>`
    select b.path, sum(case when b.bal > 0 then b.bal else 0 end) as m from (
      select p.id, u.path, sum(mv.minutes) as bal
      from ledger_movements mv
      join people p on p.id = mv.account_id
      join org_units u on u.id = p.org_unit_id
      where mv.account_kind = 'timebank' and mv.created_at < ${end}
        and (p.birth_year <= ${year - SPENDING_AGE} or exists (
          select 1 from tb_needs n where n.person_id = p.id and n.kind = 'early' and n.approved = 1
            and n.decided_at < ${end}
            and not exists (select 1 from tb_needs later where later.person_id = n.person_id and later.kind = 'early'
                              and later.id > n.id and later.decided_at < ${end})))
      group by p.id, u.path) b
    group by b.path`.execute(db);
  return held.rows.map((r) => ({ path: r.path, minutes: Number(r.m ?? 0) }));
}

/** deliveredMinutes for the whole tree and many months: per org path of the requests, month and helper. */
export async function deliveredByPath(
  db: Db,
  months: readonly string[],
): Promise<(AtPath & { month: string; helper: number; minutes: number })[]> {
  const rows = await sql<{ path: string; month: string; helper_id: number; m: number | string | null }>`
    select u.path, substr(v.served_on, 1, 7) as month, v.helper_id, sum(v.credited_minutes) as m
    from tb_visits v
    join help_requests r on r.id = v.request_id
    join org_units u on u.id = r.org_unit_id
    where v.status = 'confirmed' and v.served_on >= ${monthRange(months[0]).from}
      and v.served_on <= ${monthRange(months[months.length - 1]).to}
    group by u.path, substr(v.served_on, 1, 7), v.helper_id`.execute(db);
  return rows.rows.map((r) => ({
    path: r.path,
    month: r.month,
    helper: Number(r.helper_id),
    minutes: Number(r.m ?? 0),
  }));
}

/** poolUseMinutes for the whole tree and many months: per path of the pools' streets, month and elder (or none). */
export async function poolUseByPath(
  db: Db,
  months: readonly string[],
): Promise<(AtPath & { month: string; elder: number | null; minutes: number })[]> {
  const rows = await sql<{ path: string; month: string; elder_id: number | null; m: number | string | null }>`
    select u.path, substr(mv.served_on, 1, 7) as month, v.elder_id, -sum(mv.minutes) as m
    from ledger_movements mv
    join ledger_transfers t on t.id = mv.transfer_id
    join org_units u on u.id = mv.account_id
    left join tb_visits v on v.transfer_id = t.id
    where mv.account_kind = 'pool' and t.kind = 'visit' and mv.served_on >= ${monthRange(months[0]).from}
      and mv.served_on <= ${monthRange(months[months.length - 1]).to}
    group by u.path, substr(mv.served_on, 1, 7), v.elder_id`.execute(db);
  return rows.rows.map((r) => ({
    path: r.path,
    month: r.month,
    elder: r.elder_id === null ? null : Number(r.elder_id),
    minutes: Number(r.m ?? 0),
  }));
}

/** The whole ledger's check: transfers that do not sum to zero, the total, every account's sum against its cache. */
export async function checkLedger(db: Db): Promise<CheckResult & { accounts: number; movements: number }> {
  const unbalanced = await sql<{ n: number }>`
    select count(*) as n from (select transfer_id from ledger_movements group by transfer_id having sum(minutes) <> 0) x`.execute(
    db,
  );
  const totals = await sql<{
    total: number | null;
    n: number;
  }>`select sum(minutes) as total, count(*) as n from ledger_movements`.execute(db);
  const sums = await sql<{ account_kind: AccountKind; account_id: number; s: number }>`
    select account_kind, account_id, sum(minutes) as s from ledger_movements group by account_kind, account_id`.execute(
    db,
  );
  const cached = await db.selectFrom('tb_balances').select(['account_kind', 'account_id', 'minutes']).execute();
  const key = (k: string, id: number) => `${k}:${id}`;
  const cache = new Map(cached.map((c) => [key(c.account_kind, Number(c.account_id)), Number(c.minutes)]));
  const accounts: AccountSums[] = sums.rows.map((r) => {
    const k = key(r.account_kind, Number(r.account_id));
    const c = cache.get(k) ?? null;
    cache.delete(k);
    return { kind: r.account_kind, id: Number(r.account_id), sum: Number(r.s), cached: c };
  });
  // Only people's and pools' balances are cached; a cached balance with no movements at all must be zero.
  for (const [k, minutes] of cache) {
    const [kind, id] = k.split(':');
    accounts.push({ kind: kind as AccountKind, id: Number(id), sum: 0, cached: minutes });
  }
  const result = judgeLedger(Number(unbalanced.rows[0]?.n ?? 0), Number(totals.rows[0]?.total ?? 0), accounts);
  return { ...result, accounts: accounts.length, movements: Number(totals.rows[0]?.n ?? 0) };
}

/** Runs the check and keeps its result (the nightly job, or an admin asking). */
export async function runLedgerCheck(trx: Transaction<Schema>, at: string) {
  const r = await checkLedger(trx);
  await trx
    .insertInto('tb_ledger_checks')
    .values({
      checked_at: at,
      sum_zero: r.sumZero ? 1 : 0,
      below_floor: r.belowFloor,
      mismatched: r.mismatched,
      accounts: r.accounts,
      movements: r.movements,
    })
    .execute();
  return r;
}
