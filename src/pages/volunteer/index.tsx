// 志愿服务 tab: the volunteer's hours, next shift, 扫码签到 and 附近驿站 (the feature's own screen).
import { PageFrame } from '../../components/page-frame';
import { LoginPrompt } from '../../entities/session/components/login-prompt';
import { useSession } from '../../entities/session/use-session';
import { startScan } from '../../features/scanner/start-scan';
import { VolunteerHome } from '../../features/volunteer/components/volunteer-home';

export default function VolunteerPage() {
  const { user, signedIn, status } = useSession();
  return (
    <PageFrame title='志愿服务'>
      {status === 'signed-out' ? (
        <LoginPrompt reason='登录后，可以报名驿站的班次，扫码签到，查看自己的服务时长。' />
      ) : null}
      <VolunteerHome user={signedIn ? user : null} onScan={() => startScan('volunteer')} />
    </PageFrame>
  );
}
