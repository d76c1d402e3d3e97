// 我的: who you are, the 大字 switch, and logging in or out.
import { ListRow } from '../../components/list-row';
import { PageFrame } from '../../components/page-frame';
import { Toast } from '../../components/toast';
import { useToast } from '../../components/toast/use-toast';
import { LoginPrompt } from '../../entities/session/components/login-prompt';
import { SessionStatus } from '../../entities/session/components/session-status';
import { holdsScope } from '../../entities/session/scopes';
import { useSession } from '../../entities/session/use-session';
import { AccountNotice } from '../../features/account/components/account-notice';
import { LargeTextSetting } from '../../features/account/components/large-text-setting';
import { ProfileSummary } from '../../features/account/components/profile-summary';
import { SignOut } from '../../features/account/components/sign-out';
import { CaseworkEntry } from '../../features/casework/components/casework-entry';
import { MyEventsEntry } from '../../features/events/components/my-events-entry';
import { InboxEntry } from '../../features/inbox/components/inbox-entry';
import { NoticesEntry } from '../../features/notices/components/notices-entry';
import { VolunteerMineEntry } from '../../features/volunteer/components/volunteer-mine-entry';
import { TalentMineEntry } from '../../features/talent/components/talent-mine-entry';
import { LIBRARY_ADMIN_ROUTES, openLibraryAdminPage } from '../../features/library-admin/routes';
import { MyTransfer } from '../../features/org/components/my-transfer';
import { OrgEntries } from '../../features/org/components/org-entries';
import { DashboardEntry } from '../../features/dashboard/components/dashboard-entry';
import { openStudyPage, STUDY_ROUTES } from '../../features/study-records/routes';
import { TimebankMineEntry } from '../../features/timebank/components/timebank-mine-entry';

export default function MinePage() {
  const { user, signedIn, status } = useSession();
  const toast = useToast();
  return (
    <PageFrame
      title='我的'
      overlay={
        <>
          <AccountNotice />
          <Toast message={toast.message} onClose={toast.close} />
        </>
      }
    >
      <SessionStatus />
      {signedIn && user ? <ProfileSummary user={user} /> : null}
      {signedIn && user ? <MyTransfer userId={user.id} /> : null}
      <InboxEntry />
      {status === 'signed-out' ? <LoginPrompt reason='登录后，这里会显示您的姓名、所在支部和身份。' /> : null}
      <LargeTextSetting onMessage={toast.show} />
      <MyEventsEntry signedIn={signedIn} />
      {signedIn ? <NoticesEntry /> : null}
      {signedIn ? (
        <ListRow
          title='学习记录'
          description='看看自己听书听了多长时间。'
          onClick={() => openStudyPage(STUDY_ROUTES.mine)}
        />
      ) : null}
      <VolunteerMineEntry />
      <TalentMineEntry />
      {signedIn ? <TimebankMineEntry /> : null}
      {/* Role checks here only decide which links to show; the server checks every request itself. */}
      {user && holdsScope(user, 'manageBranch') ? (
        <ListRow
          title='支部学习情况'
          description='每位党员这个月听书的时间。'
          onClick={() => openStudyPage(STUDY_ROUTES.branch)}
        />
      ) : null}
      {user && holdsScope(user, 'manageLibrary') ? (
        <ListRow
          title='有声书管理'
          description='新建有声书，上传章节的音频。'
          onClick={() => openLibraryAdminPage(LIBRARY_ADMIN_ROUTES.books)}
        />
      ) : null}
      {user && holdsScope(user, 'manageLibrary') ? (
        <ListRow
          title='打印听书海报'
          description='把书的二维码印在 A4 纸上，贴在书架旁。'
          onClick={() => openLibraryAdminPage(LIBRARY_ADMIN_ROUTES.poster)}
        />
      ) : null}
      <OrgEntries user={signedIn ? user : null} />
      <DashboardEntry user={signedIn ? user : null} />
      <CaseworkEntry />
      {signedIn ? <SignOut /> : null}
    </PageFrame>
  );
}
