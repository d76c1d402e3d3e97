// The branch notices list. Notices arrive with a later release; until then it says so honestly.
import { StateView } from '../../../components/state-view';

export function NoticeList() {
  return (
    <StateView
      kind='empty'
      title='通知功能正在准备'
      message='过些日子，支部书记发的通知就会显示在这里，没看过的会标上“未读”。现在有事，请看支部的微信群，或者打电话问支部书记。'
    />
  );
}
