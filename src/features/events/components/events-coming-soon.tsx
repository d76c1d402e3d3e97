// 活动 until event sign-up lands: what is coming and what to do meanwhile.
import { StateView } from '../../../components/state-view';

export function EventsComingSoon() {
  return (
    <StateView
      kind='empty'
      title='活动报名正在准备'
      message='过些日子，培训班、主题党日、讲座和老年大学的课程都可以在这里报名。现在想参加活动，请直接向您的支部书记报名。'
    />
  );
}
