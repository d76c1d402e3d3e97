// Five years of activity for the `dashboard` suite's full-size city, written straight into either engine with plain
// SQL both understand: a few helper tables (the people in order, the days, small counters) joined by arithmetic, so
// the volumes below take seconds, not hours of API calls. Every row is shaped as the app writes it; nothing here
// is read by the app's code except through the tables it owns.
//
// Volumes for 42,000 members over the 1,826 days before today (each figure scales with the members):
// - study: a third of the members listen on every 20th day (≈ 1.3 M study days) and have heard part of each chapter;
// - volunteers: every tenth member is a volunteer with one served record a month (≈ 250 k records, their ledger
//   transfers and 2 movements each);
// - events: every street and community holds one a month (≈ 20 k events), 20 sign-ups each (≈ 400 k enrolments;
//   a lottery every fifth unit);
// - notices: two a month per street, one per district and the city (≈ 4 k); receipts (60 % read, half of the 收到
//   asked for given) for the last 90 days' notices only, which is all the panel reads (older receipts would only
//   make the table bigger);
// - time bank: every twentieth member helps an elder once a month (≈ 125 k requests and confirmed visits, paid from
//   the street's pool every other month, by the bureau otherwise);
// - 民情: a studio per street, a visit every third day each (≈ 20 k visits), a case from every fifth (≈ 4 k; parties,
//   closed within 20 days with a follow-up for two in three);
// - talent: one request a month per street, two in three matched.
import { randomBytes } from 'node:crypto';

const DAYS = 1826;

/** `values (…), (…)` in chunks, for the helper tables. */
async function insertRows(sql, table, columns, rows) {
  const literal = (v) =>
    typeof v === 'number' ? String(v) : v === null ? 'null' : `'${String(v).replace(/'/g, "''")}'`;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await sql.exec(
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map((r) => `(${r.map(literal).join(', ')})`).join(', ')}`,
    );
  }
}

/** The China day `back` days before `now`, as YYYY-MM-DD. */
const chinaDay = (now, back) => new Date(now.getTime() + 8 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds the activity into the city `sql` opens (bench/sql-runner.mjs). Returns what it wrote, for the report.
 * @param {{ exec: (q: string) => Promise<void>, all: (q: string, p?: unknown[]) => Promise<any[]> }} sql
 * @param {'sqlite' | 'postgres'} engine
 * @param {Date} now
 */
export async function seedActivity(sql, engine, now) {
  const at = now.toISOString();
  const tag = randomBytes(3).toString('hex');
  const [{ id: admin }] = await sql.all(`select id from people where handle = 'admin'`);
  const units = await sql.all(`select id, level, path from org_units order by id`);
  const streetOf = new Map();
  for (const u of units) {
    const ids = u.path.split('/').filter(Boolean).map(Number);
    const street = ids.find((id) => units.find((x) => Number(x.id) === id)?.level === 'street');
    streetOf.set(Number(u.id), street ?? null);
  }
  const people = await sql.all(`select id, org_unit_id from people order by id`);
  await sql.exec(`create table bench_people (k integer primary key, id integer not null, street integer)`);
  await sql.exec(`create table bench_days (k integer primary key, day text not null, at text not null)`);
  await sql.exec(`create table bench_n (i integer primary key)`);
  await sql.exec(`create table bench_posts (k integer primary key, id integer not null)`);
  await insertRows(
    sql,
    'bench_people',
    ['k', 'id', 'street'],
    people.map((p, k) => [k, Number(p.id), streetOf.get(Number(p.org_unit_id)) ?? null]),
  );
  // k = 0 is the oldest day, DAYS - 1 today; activity is at 10:00 China time.
  await insertRows(
    sql,
    'bench_days',
    ['k', 'day', 'at'],
    Array.from({ length: DAYS }, (_, k) => {
      const day = chinaDay(now, DAYS - 1 - k);
      return [k, day, `${day}T02:00:00.000Z`];
    }),
  );
  await sql.exec(`create unique index bench_people_id on bench_people (id)`);
  await sql.exec(`create unique index bench_days_at on bench_days (at)`);
  await insertRows(
    sql,
    'bench_n',
    ['i'],
    Array.from({ length: 100 }, (_, i) => [i]),
  );
  const posts = await sql.all(`select id from vol_posts order by id`);
  await insertRows(
    sql,
    'bench_posts',
    ['k', 'id'],
    posts.map((p, k) => [k, Number(p.id)]),
  );
  const n = people.length;
  const today = chinaDay(now, 0);
  const maxId = async (table) => Number((await sql.all(`select coalesce(max(id), 0) as m from ${table}`))[0].m);
  const step = async (what, statement) => {
    const started = performance.now();
    await sql.exec(statement);
    return { what, ms: Math.round(performance.now() - started) };
  };
  const steps = [];

  // Study: a third of the members, every 20th day, 5 to 24 minutes; part of every chapter heard.
  steps.push(
    await step(
      'study days',
      `insert into study_days (person_id, day, seconds)
       select bp.id, d.day, 300 + (bp.k % 20) * 60 from bench_people bp join bench_days d on d.k % 20 = bp.k % 20
       where bp.k % 3 = 0`,
    ),
  );
  steps.push(
    await step(
      'chapter coverage',
      `insert into chapter_coverage (person_id, chapter_id, coverage_json, covered, last_report_at)
       select bp.id, c.id, '[]', c.duration * ((bp.k + c.id) % 11) / 10.0, '${at}'
       from bench_people bp cross join chapters c where bp.k % 3 = 0`,
    ),
  );

  // Volunteers: every tenth member, one record a month at one of the posts, its ledger transfer and movements.
  steps.push(
    await step(
      'volunteer roles',
      `insert into role_grants (person_id, role, org_unit_id, created_at)
       select bp.id, 'volunteer', p.org_unit_id, '${at}' from bench_people bp join people p on p.id = bp.id
       where bp.k % 10 = 0 and not exists (select 1 from role_grants g where g.person_id = bp.id and g.role = 'volunteer')`,
    ),
  );
  const firstRecord = (await maxId('vol_records')) + 1;
  steps.push(
    await step(
      'volunteer records',
      `insert into vol_records (person_id, post_id, check_in_at, check_out_at, in_code, flags_json, status, served_minutes, counted, service, created_at)
       select bp.id, po.id, d.day || 'T01:00:00.000Z', d.day || 'T03:00:00.000Z', 'bench-${tag}', '[]', 'confirmed',
              60 + (bp.k % 5) * 30, 1, '义诊', d.day || 'T01:00:00.000Z'
       from bench_people bp join bench_days d on d.k % 30 = (bp.k / 10) % 30 join bench_posts po on po.k = bp.k % ${posts.length}
       where bp.k % 10 = 0`,
    ),
  );
  const firstTransfer = (await maxId('ledger_transfers')) + 1;
  steps.push(
    await step(
      'volunteer transfers',
      `insert into ledger_transfers (kind, record_id, reason, created_by, created_at)
       select 'service', r.id, null, null, r.check_out_at from vol_records r where r.id >= ${firstRecord} order by r.id`,
    ),
  );
  steps.push(
    await step(
      'volunteer movements',
      `insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
       select ${firstTransfer} + r.id - ${firstRecord}, k.kind, case when k.kind = 'member' then r.person_id else r.post_id end,
              r.id, case when k.kind = 'member' then r.served_minutes else -r.served_minutes end,
              substr(r.check_in_at, 1, 10), r.check_out_at
       from vol_records r cross join (select 'member' as kind union all select 'post') k where r.id >= ${firstRecord}`,
    ),
  );

  // Events: one a month (on the 15th) per street and community, 20 sign-ups each from across the city.
  steps.push(
    await step(
      'events',
      `insert into events (title, type, description, place, start_at, end_at, capacity, confirmed, waitlisted, applicants,
                           waitlist_seq, signup_opens_at, signup_closes_at, audience_org_unit_id, audience_path, mode,
                           confirm_hours, created_by, created_at, updated_at)
       select '月度活动', 'lecture', 'bench-${tag}', '活动室', d.day || 'T06:00:00.000Z', d.day || 'T08:00:00.000Z', 25,
              18, case when u.id % 5 = 0 then 0 else 2 end, case when u.id % 5 = 0 then 20 else 0 end,
              case when u.id % 5 = 0 then 0 else 2 end, d.day || 'T00:00:00.000Z', d.day || 'T01:00:00.000Z', u.id, u.path,
              case when u.id % 5 = 0 then 'lottery' else 'first_come' end, 24, ${admin}, '${at}', '${at}'
       from org_units u join bench_days d on substr(d.day, 9, 2) = '15' where u.level in ('street', 'community')`,
    ),
  );
  steps.push(
    await step(
      'enrolments',
      `insert into enrolments (event_id, person_id, status, active, waitlist_no, signed_up_by, signed_up_at)
       select e.id, bp.id,
              case when n.i < 18 then case when e.start_at < '${at}' then 'attended' else 'confirmed' end
                   when e.mode = 'lottery' then 'applied' else 'waitlisted' end,
              1, case when n.i >= 18 and e.mode <> 'lottery' then n.i - 17 else null end, bp.id, e.signup_opens_at
       from events e join bench_n n on n.i < 20 join bench_people bp on bp.k = (e.id * 37 + n.i * 211) % ${n}
       where e.description = 'bench-${tag}'`,
    ),
  );

  // Notices: the 5th and 20th to each street, the 10th to each district and the city; receipts for the last 90 days.
  steps.push(
    await step(
      'notices',
      `insert into notices (audience_org_unit_id, publisher_person_id, title, body, importance, needs_ack, pinned, version,
                            publish_at, created_at, updated_at)
       select u.id, ${admin}, '通知' || d.day, 'bench-${tag}', 'normal', d.k % 2, 0, 1, d.at, d.at, d.at
       from org_units u join bench_days d
         on (u.level = 'street' and substr(d.day, 9, 2) in ('05', '20'))
         or (u.level in ('city', 'district') and substr(d.day, 9, 2) = '10')`,
    ),
  );
  steps.push(
    await step(
      'notice receipts',
      `insert into notice_receipts (notice_id, person_id, read_at, read_version, acknowledged_at)
       select nt.id, p.id, nt.publish_at, 1, case when nt.needs_ack = 1 and p.id % 2 = 0 then nt.publish_at else null end
       from notices nt join org_units a on a.id = nt.audience_org_unit_id
         join org_units u on substr(u.path, 1, length(a.path)) = a.path
         join people p on p.org_unit_id = u.id
       where nt.body = 'bench-${tag}' and nt.publish_at >= '${chinaDay(now, 90)}' and p.status = 'active' and p.id % 5 < 3`,
    ),
  );

  // Time bank: helpers (k % 20 = 1) visit the member after them (an elder, with a card) once a month.
  steps.push(
    await step(
      'time-bank cards',
      `insert into tb_cards (person_id, issued_at, issued_by)
       select bp.id, '${at}', ${admin} from bench_people bp
       where bp.k % 20 = 2 and not exists (select 1 from tb_cards c where c.person_id = bp.id and c.lost_at is null)`,
    ),
  );
  const firstRequest = (await maxId('help_requests')) + 1;
  steps.push(
    await step(
      'help requests',
      `insert into help_requests (person_id, org_unit_id, requested_by, category, service, starts_at, ends_at, place,
                                  urgency, note, status, helper_id, matched_at, source, created_at, updated_at)
       select e.id, p.org_unit_id, e.id, '生活照料', '陪聊', d.day || 'T01:00:00.000Z', d.day || 'T02:00:00.000Z',
              'bench-${tag}', 'normal', null, 'done', h.id, d.day || 'T00:00:00.000Z', 'timebank', d.day || 'T00:00:00.000Z',
              d.day || 'T02:00:00.000Z'
       from bench_people h join bench_people e on e.k = h.k + 1 join people p on p.id = e.id
         join bench_days d on d.k % 30 = (h.k / 20) % 30 and d.k < ${DAYS - 1}
       where h.k % 20 = 1 order by h.k, d.k`,
    ),
  );
  const firstVisitTransfer = (await maxId('ledger_transfers')) + 1;
  steps.push(
    await step(
      'visit transfers',
      `insert into ledger_transfers (kind, record_id, reason, created_by, created_at)
       select 'visit', null, 'bench', null, r.ends_at from help_requests r where r.id >= ${firstRequest} order by r.id`,
    ),
  );
  steps.push(
    await step(
      'visits',
      `insert into tb_visits (request_id, helper_id, elder_id, card_id, status, check_in_at, check_out_at, minutes, flags,
                              confirm_by, confirmed_at, confirmed_by, confirmed_for_elder, credited_minutes, transfer_id,
                              served_on, created_at, updated_at)
       select r.id, r.helper_id, r.person_id, c.id, 'confirmed', r.starts_at, r.ends_at, 60, '[]', r.ends_at, r.ends_at,
              r.person_id, 0, 60, ${firstVisitTransfer} + r.id - ${firstRequest}, substr(r.starts_at, 1, 10), r.starts_at,
              r.ends_at
       from help_requests r join tb_cards c on c.person_id = r.person_id and c.lost_at is null
       where r.id >= ${firstRequest}`,
    ),
  );
  steps.push(
    await step(
      'visit movements',
      `insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
       select v.transfer_id, 'timebank', v.helper_id, cast(null as integer), 60, v.served_on, v.confirmed_at
       from tb_visits v where v.request_id >= ${firstRequest}
       union all
       select v.transfer_id,
              case when bp.street is not null and substr(v.served_on, 6, 2) in ('02', '04', '06', '08', '10', '12') then 'pool' else 'bureau' end,
              case when bp.street is not null and substr(v.served_on, 6, 2) in ('02', '04', '06', '08', '10', '12') then bp.street else 0 end,
              cast(null as integer), -60, v.served_on, v.confirmed_at
       from tb_visits v join bench_people bp on bp.id = v.elder_id where v.request_id >= ${firstRequest}`,
    ),
  );
  steps.push(await step('balances', `delete from tb_balances`));
  steps.push(
    await step(
      'balances',
      `insert into tb_balances (account_kind, account_id, minutes, last_activity_at)
       select account_kind, account_id, sum(minutes), max(created_at) from ledger_movements
       where account_kind in ('timebank', 'pool') group by account_kind, account_id`,
    ),
  );

  // 民情: a studio per street; a visit every third day; a case from every fifth visit.
  steps.push(
    await step(
      'studios',
      `insert into casework_studios (org_unit_id, name, kind, opening_hours, created_at)
       select u.id, '民情工作室', 'studio', '每周一至周五', '${at}' from org_units u where u.level = 'street'`,
    ),
  );
  const firstCasework = (await maxId('casework_visits')) + 1;
  steps.push(
    await step(
      'casework visits',
      `insert into casework_visits (studio_id, visitor_name, visitor_phone, categories_json, summary, done, visited_at,
                                    recorded_by, created_at)
       select s.id, p.name, p.phone, '["family"]', '家庭矛盾', null, d.at, ${admin}, d.at
       from casework_studios s join bench_days d on d.k % 3 = s.id % 3
         join bench_people bp on bp.k = (d.k * 13 + s.id * 7) % ${n} join people p on p.id = bp.id
       where s.name = '民情工作室' and s.kind = 'studio' and s.opening_hours = '每周一至周五'`,
    ),
  );
  const firstCase = (await maxId('casework_cases')) + 1;
  steps.push(
    await step(
      'cases',
      `insert into casework_cases (studio_id, visit_id, type, source, summary, accepted_at, status, outcome, closed_at,
                                   opened_by, created_at)
       select v.studio_id, v.id, 'family', 'visit', v.summary, v.visited_at,
              case when c.day < '${today}' then 'closed' else 'open' end,
              case when c.day >= '${today}' then null when v.id % 3 = 0 then 'unsettled' else 'settled' end,
              case when c.day < '${today}' then c.at else null end, ${admin}, v.visited_at
       from casework_visits v join bench_days d on d.at = v.visited_at
         join bench_days c on c.k = d.k + 1 + v.id % 20
       where v.id >= ${firstCasework} and v.id % 5 = 0 order by v.id`,
    ),
  );
  steps.push(
    await step(
      'case parties',
      `insert into casework_parties (case_id, name, phone, role)
       select c.id, v.visitor_name, v.visitor_phone, 'applicant' from casework_cases c join casework_visits v on v.id = c.visit_id
       where c.id >= ${firstCase}
       union all
       select c.id, '对方' || (c.id % 97), null, 'respondent' from casework_cases c where c.id >= ${firstCase}`,
    ),
  );
  steps.push(
    await step(
      'case steps',
      `insert into casework_steps (case_id, kind, at, note, present, satisfied, recorded_by, created_at)
       select c.id, 'follow_up', c.closed_at, '回访', null, 1, ${admin}, c.closed_at from casework_cases c
       where c.id >= ${firstCase} and c.status = 'closed' and c.id % 3 <> 0`,
    ),
  );

  // Talent: one request a month (the 8th) per street, two in three matched two days later.
  steps.push(
    await step(
      'talent requests',
      `insert into talent_requests (org_unit_id, posted_by, field, text, starts_at, status, matched_person_id, matched_at,
                                    created_at)
       select u.id, ${admin}, (select min(name) from talent_fields), '需要一位老党员讲党课', null,
              case when d.k % 3 = 0 then 'open' else 'matched' end,
              case when d.k % 3 = 0 then null else ${admin} end,
              case when d.k % 3 = 0 then null else m.at end, d.at
       from org_units u join bench_days d on substr(d.day, 9, 2) = '08' join bench_days m on m.k = d.k + 2
       where u.level = 'street'`,
    ),
  );

  for (const table of ['bench_people', 'bench_days', 'bench_n', 'bench_posts']) await sql.exec(`drop table ${table}`);
  if (engine === 'postgres') await sql.exec('analyze');
  const count = async (table) => Number((await sql.all(`select count(*) as n from ${table}`))[0].n);
  const volume = {};
  for (const table of [
    'study_days',
    'chapter_coverage',
    'vol_records',
    'ledger_movements',
    'events',
    'enrolments',
    'notices',
    'notice_receipts',
    'tb_visits',
    'casework_visits',
    'casework_cases',
    'talent_requests',
  ])
    volume[table] = await count(table);
  return { volume, steps };
}
