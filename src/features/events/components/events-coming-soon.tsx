// 活动 until event sign-up lands: what will come, that it will be on this very page, what to do meanwhile, and the
// one thing in the app that works today (听书).
import { StateView } from '../../../components/state-view';
import { openTab, TAB_ROUTES } from '../../../lib/routes';

export function EventsComingSoon() {
  return (
    <StateView
      kind='empty'
      title='活动报名还没有开通'
      message='开通以后，培训班、主题党日、讲座和老年大学的课程，都在这一页报名，不用另外找。现在想参加活动，请直接找您的支部书记报名。今天可以先听听有声书。'
      actionLabel='去听书'
      onAction={() => openTab(TAB_ROUTES.books)}
    />
  );
}
