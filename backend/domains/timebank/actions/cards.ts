// The elder's printed card: made by the elder, a linked relative or the secretary; the same card for life (asking
// again answers the same scene), until reported lost, when the old one stops working and a new one is made.
import { personInput, type PersonalCard, type TimebankApi } from '../../../../contracts/timebank';
import { sealedScene } from '../../../rules/scenes';
import { action } from '../../../runtime/define-function';
import type { Deps } from '../../../runtime/deps';
import { storeScanCode } from '../../../scan/qr-image';
import { requireActingFor } from '../access';
import { isUniqueViolation } from '../../../common/db-errors';
import { AppError } from '../../../runtime/app-error';

const REFUSED = '您只能为自己、关联了您的家人，或您支部里的老人打印服务卡。';

async function cardView(
  card: { id: number; issued_at: string },
  person: { id: number; name: string },
  deps: Deps,
): Promise<PersonalCard> {
  const scene = sealedScene('personalCard', card.id, deps.sceneKey);
  const { url, image } = await storeScanCode(scene, deps);
  return {
    personId: person.id,
    personName: person.name,
    cardId: card.id,
    scene,
    url,
    image: deps.files.url(image),
    issuedAt: card.issued_at,
  };
}

export const personalCode = action(
  { access: 'person', input: personInput, limit: { points: 20, seconds: 60 } },
  async function personalCode({ personId }, ctx): Promise<TimebankApi['personalCode']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const { profile } = await requireActingFor(db, caller, personId, REFUSED);
    const live = await db
      .selectFrom('tb_cards')
      .selectAll()
      .where('person_id', '=', personId)
      .where('lost_at', 'is', null)
      .executeTakeFirst();
    if (live) return cardView(live, profile.person, deps);
    try {
      const card = await ctx.transaction(async (trx, audit) => {
        const at = deps.now().toISOString();
        const row = await trx
          .insertInto('tb_cards')
          .values({ person_id: personId, issued_at: at, issued_by: caller.person.id, lost_at: null, lost_by: null })
          .returning(['id', 'issued_at'])
          .executeTakeFirstOrThrow();
        await audit({ entity: 'tb_card', entityId: row.id, after: { personId } });
        return row;
      });
      return cardView(card, profile.person, deps);
    } catch (err) {
      // Two taps at once: the other made the card; answer it.
      if (!isUniqueViolation(err)) throw err;
      const other = await db
        .selectFrom('tb_cards')
        .selectAll()
        .where('person_id', '=', personId)
        .where('lost_at', 'is', null)
        .executeTakeFirst();
      if (!other) throw new AppError('CONFLICT', '服务卡正在生成，请稍后再试。');
      return cardView(other, profile.person, deps);
    }
  },
);

export const reportCardLost = action(
  { access: 'person', input: personInput, limit: { points: 10, seconds: 60 } },
  async function reportCardLost({ personId }, ctx): Promise<TimebankApi['reportCardLost']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const { profile } = await requireActingFor(
      db,
      caller,
      personId,
      '您只能为自己、关联了您的家人，或您支部里的老人挂失服务卡。',
    );
    const card = await ctx.transaction(async (trx, audit) => {
      const at = deps.now().toISOString();
      const lost = await trx
        .updateTable('tb_cards')
        .set({ lost_at: at, lost_by: caller.person.id })
        .where('person_id', '=', personId)
        .where('lost_at', 'is', null)
        .returning('id')
        .execute();
      const row = await trx
        .insertInto('tb_cards')
        .values({ person_id: personId, issued_at: at, issued_by: caller.person.id, lost_at: null, lost_by: null })
        .returning(['id', 'issued_at'])
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'tb_card',
        entityId: row.id,
        before: { lost: lost.map((l) => l.id) },
        after: { personId },
      });
      return row;
    });
    const view = await cardView(card, profile.person, deps);
    return { ...view, message: '旧的服务卡已经挂失，不能再用了。请打印这张新卡，交给老人收好。' };
  },
);
