// 打印邀请单: one slip per member of a branch who does not sign in yet, with cut lines.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { InviteSheetView } from '../../../features/org/components/invite-sheet-view';
import { idParam } from '../../../lib/routes';

export default function SheetPage() {
  const { params } = useRouter();
  const unit = idParam(params.unit);
  return (
    <PageFrame title='打印邀请单'>
      <SessionGate
        reason='打印邀请单要先登录。'
        only={{ scope: 'manageBranch', title: '这里只给支部书记和管理员用', message: '邀请单由支部书记打印。' }}
      >
        {(user) =>
          (unit ?? user.orgUnitId) ? (
            <InviteSheetView orgUnitId={unit ?? user.orgUnitId} />
          ) : (
            <StateView kind='empty' title='没有选支部' message='请从组织管理里选一个支部再打印。' />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
