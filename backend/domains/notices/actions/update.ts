// Editing a notice: the publisher, or someone with a role above its audience. The earlier version stays in
// notice_versions; readers see 已更新, and those who read an earlier version see that it changed since.
import { updateInput, type NoticesApi } from '../../../../contracts/notices';
import { insertVersion } from '../queries/notices';
import { countRecentVersions } from '../queries/notice-versions';
import { versionCapProblem } from '../rules/notice-audio';
import { scheduleProblem } from '../rules/notices';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { SCOPES } from '../../../../contracts/roles';
import { dropSpeechLater } from './drop-speech';
import { loadForCaller } from '../access';

const HOUR_MS = 3_600_000;

export const update = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: updateInput,
    limit: { points: 60, seconds: 600 },
  },
  async function update(input, ctx): Promise<NoticesApi['update']['output']> {
    const { deps, caller } = ctx;
    const now = deps.now();
    const access = await loadForCaller(deps.database.db, input.noticeId, caller, now);
    const n = access.notice;
    if (!access.canManage) throw fail.forbidden('这条通知是别人发的，只有发通知的人或上级管理员可以修改。');
    if (n.withdrawn_at !== null) throw fail.conflict('这条通知已经撤回了，不能再修改。');
    const problem = scheduleProblem(new Date(n.publish_at), input.expiresAt, now);
    if (problem) throw fail.validation(problem);
    const unchanged =
      n.title === input.title &&
      n.body === input.body &&
      n.importance === input.importance &&
      (n.needs_ack === 1) === input.needsAck &&
      (n.pinned === 1) === input.pinned &&
      n.expires_at === (input.expiresAt?.toISOString() ?? null);
    if (unchanged) return { notice: { id: n.id, version: n.version }, message: '内容没有变化，不需要保存。' };
    // Each new text is new 朗读 audio: a bounded number an hour, per notice and per editor.
    const textChanged =
      n.title !== input.title ||
      n.body !== input.body ||
      n.importance !== input.importance ||
      (n.needs_ack === 1) !== input.needsAck;
    const capped = textChanged
      ? versionCapProblem(
          await countRecentVersions(deps.database.db, caller.person.id, new Date(now.getTime() - HOUR_MS), n.id),
        )
      : null;
    if (capped) throw new AppError('RATE_LIMITED', capped);

    return ctx.transaction(async (trx, audit) => {
      // Only the text makes a new version; pinning or a new expiry changes the notice, not what people read.
      const version = textChanged ? n.version + 1 : n.version;
      const result = await trx
        .updateTable('notices')
        .set({
          title: input.title,
          body: input.body,
          importance: input.importance,
          needs_ack: input.needsAck ? 1 : 0,
          pinned: input.pinned ? 1 : 0,
          expires_at: input.expiresAt?.toISOString() ?? null,
          version,
          updated_at: now.toISOString(),
        })
        .where('id', '=', n.id)
        .where('version', '=', n.version)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
      // Two editors at once: the second saved against a version that is gone.
      if (Number(result.numUpdatedRows) === 0)
        throw fail.conflict('这条通知刚刚被别人改过了，请返回重新打开后再修改。');
      if (textChanged) await dropSpeechLater(trx, n.id, n.version, now);
      if (textChanged)
        await insertVersion(
          trx,
          {
            noticeId: n.id,
            version,
            title: input.title,
            body: input.body,
            importance: input.importance,
            needsAck: input.needsAck,
            editedBy: caller.person.id,
          },
          now,
        );
      await audit({
        entity: 'notice',
        entityId: n.id,
        before: {
          version: n.version,
          title: n.title,
          importance: n.importance,
          needsAck: n.needs_ack === 1,
          pinned: n.pinned === 1,
          expiresAt: n.expires_at,
        },
        after: {
          version,
          title: input.title,
          importance: input.importance,
          needsAck: input.needsAck,
          pinned: input.pinned,
          expiresAt: input.expiresAt?.toISOString() ?? null,
        },
      });
      return {
        notice: { id: n.id, version },
        message: textChanged ? '通知已修改，大家会看到“已更新”，原来的内容也保留着。' : '通知的设置已保存。',
      };
    });
  },
);
