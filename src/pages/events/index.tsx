// 活动 tab: the feature's own screen (an honest "coming soon" until it lands).
import { PageFrame } from '../../components/page-frame';
import { EventsComingSoon } from '../../features/events/components/events-coming-soon';

export default function EventsPage() {
  return (
    <PageFrame title='活动'>
      <EventsComingSoon />
    </PageFrame>
  );
}
