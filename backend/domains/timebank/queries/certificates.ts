// What a 服务时间证明 counts and where it is kept: the hours credited to a helper for confirmed visits (the visit's
// transfer, the helper's positive movement; never a gift, a donation, the overflow or what they spent), served in a
// period; and the certificates by number.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** The helper's credited visit movements with served_on in [from, to] (China dates), each with its visit's service. */
export async function creditedVisitMovements(db: Db, personId: number, from: string, to: string) {
  return db
    .selectFrom('ledger_movements as m')
    .innerJoin('ledger_transfers as t', 't.id', 'm.transfer_id')
    .innerJoin('tb_visits as v', (j) => j.onRef('v.transfer_id', '=', 't.id').onRef('v.helper_id', '=', 'm.account_id'))
    .innerJoin('help_requests as r', 'r.id', 'v.request_id')
    .select(['m.id', 'm.minutes', 'v.id as visit_id', 'r.service'])
    .where('t.kind', '=', 'visit')
    .where('v.status', '=', 'confirmed')
    .where('m.account_kind', '=', 'timebank')
    .where('m.account_id', '=', personId)
    .where('m.minutes', '>', 0)
    .where('m.served_on', '>=', from)
    .where('m.served_on', '<=', to)
    .orderBy('m.id')
    .execute();
}

/** A certificate by its printed number, with the holder's name (what the certificate page and its check show). */
export async function findTimeCertificate(db: Db, number: string) {
  return db
    .selectFrom('tb_certificates')
    .innerJoin('people', 'people.id', 'tb_certificates.person_id')
    .selectAll('tb_certificates')
    .select('people.name')
    .where('number', '=', number)
    .executeTakeFirst();
}
