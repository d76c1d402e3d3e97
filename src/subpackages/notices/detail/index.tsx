// One notice in large type, with 朗读 and 我已收到.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { useSubscribeConsent } from '../../../features/inbox/subscribe/use-subscribe-consent';
import { NOTICE_CONSENTS, NoticeDetailView } from '../../../features/notices/components/notice-detail-view';
import { idParam } from '../../../lib/routes';

export default function NoticeDetailPage() {
  const id = idParam(useRouter().params.id);
  // WeChat message consent, asked on 我已收到 for the secretary's next 提醒.
  const consent = useSubscribeConsent(NOTICE_CONSENTS);
  return (
    <PageFrame title='通知详情'>
      <SessionGate reason='通知只给收到它的党员看。请先登录。'>
        {() =>
          id === undefined ? (
            <StateView kind='empty' title='没有找到这条通知' message='这个链接不完整。请回到“支部通知”里再点一次。' />
          ) : (
            <NoticeDetailView noticeId={id} askConsent={consent.ask} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
