// 志愿 until volunteer shifts land: what will come, that it will be on this very page, what to do meanwhile, and the
// one thing in the app that works today (听书).
import { StateView } from '../../../components/state-view';
import { openTab, TAB_ROUTES } from '../../../lib/routes';

export function VolunteerComingSoon() {
  return (
    <StateView
      kind='empty'
      title='志愿服务还没有开通'
      message='开通以后，在这一页就能报名服务驿站的值班，到岗扫码签到，还能看到自己的服务时长。现在想参加志愿服务，请联系您所在的志愿服务队。今天可以先听听有声书。'
      actionLabel='去听书'
      onAction={() => openTab(TAB_ROUTES.books)}
    />
  );
}
