// 志愿服务 tab: the feature's own screen (an honest "coming soon" until it lands).
import { PageFrame } from '../../components/page-frame';
import { VolunteerComingSoon } from '../../features/volunteer/components/volunteer-coming-soon';

export default function VolunteerPage() {
  return (
    <PageFrame title='志愿服务'>
      <VolunteerComingSoon />
    </PageFrame>
  );
}
