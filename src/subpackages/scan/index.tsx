// The landing page of every QR code (H5: /s?scene=…; WeChat: this page with ?scene=…). The scan feature reads and
// resolves the code and says what cannot be opened yet; each openable kind opens with its own feature's screen.
import { PageFrame } from '../../components/page-frame';
import { AcceptInvitation } from '../../features/account/components/accept-invitation';
import { useListenOpener } from '../../features/audiobooks/components/scan/listen-opener';
import { AttendScene, OpenEventScene } from '../../features/events/components/scan-openers';
import { ScanScreen } from '../../features/scan/components/scan-screen';
import { useScannedScene } from '../../features/scan/use-scanned-scene';
import { CardScanScreen } from '../../features/timebank/components/card-scan-screen';
import { CheckInScreen } from '../../features/volunteer/components/check-in-screen';
import { PostSceneOpener } from '../../features/volunteer/components/post-scene-opener';
import { VerifyView } from '../../entities/certificate/verify-view';
import { SessionGate } from '../../entities/session/components/session-gate';

export default function ScanPage() {
  const scan = useScannedScene();
  const listen = useListenOpener();
  return (
    <PageFrame title={scan.title}>
      <ScanScreen
        scan={scan}
        openers={{
          book: listen,
          chapter: listen,
          invitation: (invitation, scene) => <AcceptInvitation scene={scene} invitation={invitation} />,
          post: (post) => <PostSceneOpener post={post} />,
          checkin: (checkin, scene) => (
            <SessionGate reason='签到要先登录，服务时长才能记在您的名下。'>
              {() => <CheckInScreen scene={scene} postId={checkin.id} />}
            </SessionGate>
          ),
          // A certificate's printed code: the verify page's verdict, here, with no sign-in.
          certificate: (cert) => <VerifyView number={cert.number} sig={cert.sig} />,
          timebankCertificate: (cert) => <VerifyView number={cert.number} sig={cert.sig} />,
          event: (event) => <OpenEventScene resolved={event} />,
          attendance: (resolved, scene) => <AttendScene resolved={resolved} scene={scene} />,
          // An elder's time-bank card, scanned by the helper at the door: arrival and departure.
          personalCard: (_card, scene) => (
            <SessionGate reason='扫老人的卡要先登录，帮忙的时间才能记在您的名下。'>
              {(user) => <CardScanScreen scene={scene} userId={user.id} />}
            </SessionGate>
          ),
        }}
      />
    </PageFrame>
  );
}
