// 驿站: one service post's page (from 附近驿站, a message, or the post's printed code).
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { useSubscribeConsent } from '../../../features/inbox/subscribe/use-subscribe-consent';
import { PostView, SHIFT_CONSENTS } from '../../../features/volunteer/components/post-view';
import { idParam, leavePage, TAB_ROUTES } from '../../../lib/routes';

export default function PostPage() {
  const id = idParam(useRouter().params.id);
  // WeChat message consent, asked on the tap that signs up for a shift (排班), for the evening-before reminder.
  const consent = useSubscribeConsent(SHIFT_CONSENTS);
  return (
    <PageFrame title='志愿服务驿站'>
      {id !== undefined ? (
        <PostView id={id} askConsent={consent.ask} />
      ) : (
        <StateView
          kind='empty'
          title='没有找到这个驿站'
          message='这个链接不完整。请回到“志愿”，在附近驿站里找一找。'
          actionLabel='回到志愿'
          onAction={() => leavePage(TAB_ROUTES.volunteer)}
        />
      )}
    </PageFrame>
  );
}
