// The ways in from 我的: everyone's own record; the roster and incoming transfers for secretaries and admins; the
// org tree and import for admins. Showing a link is a convenience; the server checks every request itself.
import type { User } from '../../../../contracts/account';
import { ListRow } from '../../../components/list-row';
import { holdsScope } from '../../../entities/session/scopes';
import { ORG_ROUTES, openOrgPage } from '../routes';

export function OrgEntries({ user }: { user: User | null }) {
  if (!user) return null;
  return (
    <>
      <ListRow
        title='我的档案'
        description='看看自己的资料，写错了可以改。'
        onClick={() => openOrgPage(ORG_ROUTES.person, { id: user.id })}
      />
      {holdsScope(user, 'manageBranch') ? (
        <ListRow
          title='党员名册'
          description='支部的党员名单：找人、添加、转出、发邀请码。'
          onClick={() => openOrgPage(ORG_ROUTES.roster)}
        />
      ) : null}
      {holdsScope(user, 'manageOrg') ? (
        <ListRow
          title='组织管理'
          description='区、街道、社区和支部：新建、改名、撤销、导出名册。'
          onClick={() => openOrgPage(ORG_ROUTES.tree)}
        />
      ) : null}
      {holdsScope(user, 'manageOrg') ? (
        <ListRow
          title='导入党员名册'
          description='把 Excel 名册一次导进来，先检查再导入。'
          onClick={() => openOrgPage(ORG_ROUTES.import)}
        />
      ) : null}
    </>
  );
}
