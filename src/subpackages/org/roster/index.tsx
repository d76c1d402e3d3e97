// 党员名册: a secretary's branch (or, from 组织管理, any unit an admin opens) — search, add, open a record.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { holdsScope } from '../../../entities/session/scopes';
import { RosterView } from '../../../features/org/components/roster-view';
import { idParam } from '../../../lib/routes';

export default function RosterPage() {
  const { params } = useRouter();
  const unit = idParam(params.unit);
  return (
    <PageFrame title='党员名册'>
      <SessionGate
        reason='党员名册只给支部书记和管理员看。请先登录。'
        only={{
          scope: 'manageBranch',
          title: '这里只给支部书记和管理员用',
          message: '党员名册由支部书记管理。想改自己的资料，请到“我的 → 我的档案”。',
        }}
      >
        {(user) => (
          <RosterView
            orgUnitId={unit}
            canAdd={
              unit === undefined ? user.grants.some((g) => g.role === 'secretary') : holdsScope(user, 'manageOrg')
            }
          />
        )}
      </SessionGate>
    </PageFrame>
  );
}
