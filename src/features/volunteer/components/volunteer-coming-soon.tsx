// 志愿 until volunteer shifts land: what is coming and what to do meanwhile.
import { StateView } from '../../../components/state-view';

export function VolunteerComingSoon() {
  return (
    <StateView
      kind='empty'
      title='志愿服务正在准备'
      message='过些日子，您就能在这里报名服务驿站的值班，到岗扫码签到，还能看到自己的服务时长。现在想参加志愿服务，请联系您所在的志愿服务队。'
    />
  );
}
