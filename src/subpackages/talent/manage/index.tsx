// 人才库管理: the pool manager's requests, ranked candidates and invitations (from 我的, or an answer's message).
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { holdsScope } from '../../../entities/session/scopes';
import { ManageView } from '../../../features/talent/components/manage-view';
import { idParam, leavePage, TAB_ROUTES } from '../../../lib/routes';

export default function TalentManagePage() {
  const request = idParam(useRouter().params.request);
  return (
    <PageFrame title='人才库管理'>
      <SessionGate reason='人才库管理是给支部书记和管理员用的，请先登录。'>
        {(user) =>
          holdsScope(user, 'manageTalent') ? (
            <ManageView initialRequest={request} />
          ) : (
            <StateView
              kind='empty'
              title='这一页是给书记用的'
              message='人才库管理由支部书记和管理员使用。想加入人才库，请在“我的”里打开“我的人才档案”。'
              actionLabel='回到我的'
              onAction={() => leavePage(TAB_ROUTES.mine)}
            />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
