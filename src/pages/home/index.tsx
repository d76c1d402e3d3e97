// 首页: the text size (asked on first open), greeting, the notices entry with its unread count, and the ways into the
// other tabs — those not open yet say so before the tap.
import { View } from '@tarojs/components';
import { Card } from '../../components/card';
import { ListRow } from '../../components/list-row';
import { PageFrame } from '../../components/page-frame';
import { Toast } from '../../components/toast';
import { useToast } from '../../components/toast/use-toast';
import { LoginPrompt } from '../../entities/session/components/login-prompt';
import { SessionStatus } from '../../entities/session/components/session-status';
import { useSession } from '../../entities/session/use-session';
import { AccountNotice } from '../../features/account/components/account-notice';
import { HomeTextSize } from '../../features/account/components/large-text-setting';
import { NextEvent } from '../../features/events/components/next-event';
import { InboxEntry } from '../../features/inbox/components/inbox-entry';
import { NoticesEntry } from '../../features/notices/components/notices-entry';
import { ScanButton } from '../../features/scanner/components/scan-button';
import { openTab, TAB_ROUTES } from '../../lib/routes';

export default function HomePage() {
  const { user, signedIn, status } = useSession();
  const toast = useToast();
  return (
    <PageFrame
      title='首页'
      overlay={
        <>
          <AccountNotice />
          <Toast message={toast.message} onClose={toast.close} />
        </>
      }
    >
      <HomeTextSize onMessage={toast.show} />
      <SessionStatus />
      {signedIn && user ? (
        <Card title={`您好，${user.name}`}>
          <View>您在{user.orgUnitName}。今天也欢迎您来看看。</View>
        </Card>
      ) : null}
      {status === 'signed-out' ? (
        <LoginPrompt title='欢迎使用银发先锋' reason='登录后，可以看支部通知、报名活动和志愿服务。' />
      ) : null}
      <ScanButton />
      <NoticesEntry />
      <NextEvent />
      <InboxEntry />
      <ListRow title='听书' description='收听党史和理论学习的有声书。' onClick={() => openTab(TAB_ROUTES.books)} />
      <ListRow title='活动' description='报名培训班、主题党日和讲座。' onClick={() => openTab(TAB_ROUTES.events)} />
      <ListRow title='志愿' description='报名驿站值班，查看服务时长。' onClick={() => openTab(TAB_ROUTES.volunteer)} />
    </PageFrame>
  );
}
