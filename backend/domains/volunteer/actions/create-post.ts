// 新建驿站: an admin creates a service post in their subtree, names its managers (people holding the post_manager
// role), and picks how volunteers clock in there (a printed code plus location, or a rotating code).
import { createPostInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { requireUnitInScope } from '../../../access/unit-scope';
import { POST_ADMIN_ROLES } from '../queries/volunteer';
import { newTotpSecret } from '../../../visits/codes';
import { hasAnyRole } from '../../../rules/org-scope';
import { loadPersonProfile } from '../../../data/people';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const createPost = action(
  {
    access: { roles: POST_ADMIN_ROLES },
    input: createPostInput,
    limit: { points: 30, seconds: 600 },
  },
  async function createPost(input, ctx): Promise<VolunteerApi['createPost']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const unit = await requireUnitInScope(db, caller, POST_ADMIN_ROLES, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能在那里设立驿站。',
    });
    for (const personId of input.managerIds) {
      const manager = await loadPersonProfile(db, personId);
      if (!manager || !hasAnyRole(manager.grants, ['post_manager']))
        throw fail.validation('驿站负责人要先有“驿站负责人”的身份，请重新选择。');
    }
    if (input.teamId !== undefined) {
      const team = await db.selectFrom('vol_teams').select('id').where('id', '=', input.teamId).executeTakeFirst();
      if (!team) throw fail.notFound('没有找到这个服务队。');
    }
    const at = deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('vol_posts')
        .values({
          name: input.name,
          kind: input.kind,
          address: input.address,
          lat: input.lat,
          lng: input.lng,
          radius: input.radius,
          org_unit_id: unit.id,
          team_id: input.teamId ?? null,
          check_in_mode: input.checkInMode,
          walk_ins: input.walkIns ? 1 : 0,
          window_minutes: input.windowMinutes,
          min_share: input.minShare,
          open_hours: input.openHours ?? '',
          services_json: JSON.stringify(input.services),
          contact_name: input.contactName ?? '',
          contact_phone: input.contactPhone ?? '',
          totp_secret: newTotpSecret(),
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.managerIds.length > 0) {
        await trx
          .insertInto('vol_post_managers')
          .values(
            [...new Set(input.managerIds)].map((personId) => ({ post_id: id, person_id: personId, created_at: at })),
          )
          .execute();
      }
      await audit({
        entity: 'vol_post',
        entityId: id,
        after: {
          name: input.name,
          orgUnitId: unit.id,
          checkInMode: input.checkInMode,
          walkIns: input.walkIns,
          managers: input.managerIds,
        },
      });
      return { post: { id } };
    });
  },
);
