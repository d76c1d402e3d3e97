// 发新通知 / 修改通知 (with ?id=): for secretaries and admins.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { PublishView } from '../../../features/notices/components/publish-view';
import { noticeIdFrom } from '../../../features/notices/notice-id';

export default function PublishNoticePage() {
  const id = noticeIdFrom(useRouter().params.id);
  return (
    <PageFrame title={id === null ? '发新通知' : '修改通知'}>
      <SessionGate
        reason='发通知要先登录。'
        only={{ scope: 'manageBranch', title: '这里只给支部书记和管理员用', message: '通知由支部书记或上级管理员发。您有事要告诉大家，请联系支部书记。' }}
      >
        {() => <PublishView noticeId={id} />}
      </SessionGate>
    </PageFrame>
  );
}
