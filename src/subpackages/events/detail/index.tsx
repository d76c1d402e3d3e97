// 活动详情: one event and the one thing the member can do about it; its heading is the event's name once read.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { StateView } from '../../../components/state-view';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { EventDetailView } from '../../../features/events/components/event-detail-view';
import { EVENT_CONSENTS } from '../../../features/events/event-state';
import { useSubscribeConsent } from '../../../features/inbox/subscribe/use-subscribe-consent';
import { idParam, openTab, TAB_ROUTES } from '../../../lib/routes';

export default function EventDetailPage() {
  const { params } = useRouter();
  // WeChat message consent, asked on 报名 / 排队等空位 / 申请抽签 / 确认参加 for the messages each leads to.
  const consent = useSubscribeConsent(EVENT_CONSENTS);
  const id = idParam(params.id);
  const [title, setTitle] = useState('活动');
  return (
    <PageFrame title={title}>
      <SessionGate reason='登录后才能看活动详情和报名。'>
        {() =>
          id === undefined ? (
            <StateView
              kind='empty'
              title='没有找到这个活动'
              message='这个链接不完整。请回到活动页，再点一次想看的活动。'
              actionLabel='去活动页'
              onAction={() => openTab(TAB_ROUTES.events)}
            />
          ) : (
            <EventDetailView eventId={id} askConsent={consent.ask} onTitle={setTitle} />
          )
        }
      </SessionGate>
    </PageFrame>
  );
}
