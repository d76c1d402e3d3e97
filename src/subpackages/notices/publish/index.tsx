// 发新通知 / 修改通知 (with ?id=): for secretaries and admins.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { PublishView } from '../../../features/notices/components/publish-view';
import { idParam } from '../../../lib/routes';

export default function PublishNoticePage() {
  const id = idParam(useRouter().params.id);
  return (
    <PageFrame title={id === undefined ? '发新通知' : '修改通知'}>
      <SessionGate
        reason='发通知要先登录。'
        only={{
          scope: 'manageBranch',
          title: '这里只给支部书记和管理员用',
          message: '通知由支部书记或上级管理员发。您有事要告诉大家，请联系支部书记。',
        }}
      >
        {() => <PublishView noticeId={id ?? null} />}
      </SessionGate>
    </PageFrame>
  );
}
