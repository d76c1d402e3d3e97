// A younger member's offer (60 to 70): the services and the free time; an empty list withdraws it.
import { none } from '../../../../contracts/fields';
import { offerInput, type Offer, type TimebankApi } from '../../../../contracts/timebank';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { streetOfPath } from '../queries/people';
import { ageOf, offerProblem } from '../rules/members';
import type { TbOffersTable } from '../schema';

const view = (row: TbOffersTable): Offer => ({
  services: JSON.parse(row.services) as string[],
  availability: JSON.parse(row.availability) as Offer['availability'],
  note: row.note,
  updatedAt: row.updated_at,
});

export const offer = action(
  { access: 'person', input: offerInput, limit: { points: 20, seconds: 60 } },
  async function offer(input, ctx): Promise<TimebankApi['offer']['output']> {
    const { deps, caller } = ctx;
    const now = deps.now();
    const problem = offerProblem(ageOf(caller.person.birth_year, now));
    if (problem) throw fail.forbidden(problem);
    const street = await streetOfPath(deps.database.db, caller.orgUnit.path);
    const at = now.toISOString();
    return ctx.transaction(async (trx, audit) => {
      const before = await trx
        .selectFrom('tb_offers')
        .selectAll()
        .where('person_id', '=', caller.person.id)
        .executeTakeFirst();
      if (input.services.length === 0) {
        await trx.deleteFrom('tb_offers').where('person_id', '=', caller.person.id).execute();
        await audit({ entity: 'tb_offer', entityId: caller.person.id, before: before ?? null, after: null });
        return { offer: null, message: '您已经不再报名帮助别人了。想再帮忙时，随时可以重新报名。' };
      }
      const services = [...new Set(input.services)];
      const row: TbOffersTable = {
        person_id: caller.person.id,
        services: JSON.stringify(services),
        availability: JSON.stringify(input.availability),
        note: input.note ?? null,
        street_id: before?.street_id ?? street.id,
        created_at: before?.created_at ?? at,
        updated_at: at,
      };
      if (before) await trx.updateTable('tb_offers').set(row).where('person_id', '=', caller.person.id).execute();
      else await trx.insertInto('tb_offers').values(row).execute();
      await audit({ entity: 'tb_offer', entityId: caller.person.id, before: before ?? null, after: row });
      return {
        offer: view(row),
        message: `谢谢您！您报名了${services.join('、')}，有老人需要时就能在“等人来帮”里看到。`,
      };
    });
  },
);

export const myOffer = action({ access: 'person', input: none }, async function myOffer(_input, ctx): Promise<
  TimebankApi['myOffer']['output']
> {
  const { deps, caller } = ctx;
  const row = await deps.database.db
    .selectFrom('tb_offers')
    .selectAll()
    .where('person_id', '=', caller.person.id)
    .executeTakeFirst();
  const reason = offerProblem(ageOf(caller.person.birth_year, deps.now()));
  return { offer: row ? view(row) : null, canOffer: reason === null, reason };
});
