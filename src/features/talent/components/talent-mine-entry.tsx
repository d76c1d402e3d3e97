// On 我的: her talent profile and invitations for everyone signed in; the pool's manager also gets 人才库管理 and the
// 服务菜单. Role checks only decide which links to show; the server checks every request itself.
import { ListRow } from '../../../components/list-row';
import { holdsScope } from '../../../entities/session/scopes';
import { useSession } from '../../../entities/session/use-session';
import { openTalentPage } from '../routes';

export function TalentMineEntry() {
  const { user, signedIn } = useSession();
  if (!signedIn || !user) return null;
  return (
    <>
      <ListRow
        title='我的人才档案'
        description='加入银发人才库，社区需要时会邀请您帮忙。'
        onClick={() => openTalentPage('profile')}
      />
      <ListRow
        title='人才库邀请'
        description='社区请您帮忙的事，答应还是婉拒。'
        onClick={() => openTalentPage('invitations')}
      />
      <ListRow
        title='人才库服务菜单'
        description='人才库能提供哪些服务，可以打印。'
        onClick={() => openTalentPage('menu', { unit: String(user.orgUnitId) })}
      />
      {holdsScope(user, 'manageTalent') ? (
        <ListRow
          title='人才库管理'
          description='发布人才需求，按远近找人选，邀请他们。'
          onClick={() => openTalentPage('manage')}
        />
      ) : null}
    </>
  );
}
