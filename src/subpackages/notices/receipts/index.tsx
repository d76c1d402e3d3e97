// 回执: read and acknowledged counts, 提醒, and the call list.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ReceiptsView } from '../../../features/notices/components/receipts-view';
import { idParam } from '../../../lib/routes';

export default function ReceiptsPage() {
  const id = idParam(useRouter().params.id);
  return (
    <PageFrame title='谁看了通知'>
      <SessionGate
        reason='看谁看了通知要先登录。'
        only={{
          scope: 'manageBranch',
          title: '这里只给支部书记和管理员用',
          message: '谁看了通知，由发通知的支部书记或管理员查看。',
        }}
      >
        {() =>
          id === undefined ? (
            <StateView kind='empty' title='没有找到这条通知' message='这个链接不完整。请回到“我发的通知”里再点一次。' />
          ) : (
            <ReceiptsView noticeId={id} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
