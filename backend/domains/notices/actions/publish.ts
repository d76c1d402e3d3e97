// A secretary publishes to their branch, an admin to any unit of their subtree: one row, whatever the audience's
// size (readers find it through the org tree), its first version, and an audit row. The answer says in a sentence
// who will receive it.
import { publishInput, type NoticesApi } from '../../../../contracts/notices';
import { countMembersUnder, insertNotice } from '../queries/notices';
import { countRecentVersions } from '../queries/notice-versions';
import { versionCapProblem } from '../rules/notice-audio';
import { findOrgUnit } from '../../../data/org-units';
import { mayPublishTo, scheduleProblem } from '../rules/notices';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { SCOPES } from '../../../../contracts/roles';
import { audienceSentence } from './audience-words';

const HOUR_MS = 3_600_000;

export const publish = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: publishInput,
    // A publisher posts a few notices a day; this bounds a stuck button or a script.
    limit: { points: 30, seconds: 600 },
  },
  async function publish(input, ctx): Promise<NoticesApi['publish']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();
    const unit = await findOrgUnit(db, input.audienceOrgUnitId);
    if (!unit) throw fail.notFound('没有找到要发送的单位，请重新选择。');
    if (!mayPublishTo(caller.grants, unit.path)) throw fail.forbidden('您只能给自己管理的支部或单位发通知。');
    const publishAt = input.publishAt && input.publishAt.getTime() > now.getTime() ? input.publishAt : now;
    const problem = scheduleProblem(publishAt, input.expiresAt, now);
    if (problem) throw fail.validation(problem);
    // A new notice is a first version: it counts toward the publisher's versions an hour (each may become audio).
    const capped = versionCapProblem(
      await countRecentVersions(db, caller.person.id, new Date(now.getTime() - HOUR_MS)),
    );
    if (capped) throw new AppError('RATE_LIMITED', capped);
    const members = await countMembersUnder(db, unit.path);

    return ctx.transaction(async (trx, audit) => {
      const id = await insertNotice(
        trx,
        {
          audienceOrgUnitId: unit.id,
          publisherId: caller.person.id,
          title: input.title,
          body: input.body,
          importance: input.importance,
          needsAck: input.needsAck,
          pinned: input.pinned,
          publishAt,
          expiresAt: input.expiresAt,
        },
        now,
      );
      await audit({
        entity: 'notice',
        entityId: id,
        after: {
          title: input.title,
          audience: unit.id,
          importance: input.importance,
          needsAck: input.needsAck,
          pinned: input.pinned,
          publishAt: publishAt.toISOString(),
          members,
        },
      });
      const scheduled = publishAt.getTime() > now.getTime();
      return {
        notice: { id },
        audience: { id: unit.id, name: unit.name, level: unit.level, members },
        message: scheduled
          ? `通知已保存，到时间后${audienceSentence('会发给', unit.name, members)}`
          : `通知已发出，${audienceSentence('已发给', unit.name, members)}`,
      };
    });
  },
);
