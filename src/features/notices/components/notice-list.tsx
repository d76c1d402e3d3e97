// The branch notices list. Notices arrive with a later release; until then it says so honestly, says what to do
// meanwhile, and offers the one thing in the app that works today (听书) — never a dead end.
import { StateView } from '../../../components/state-view';
import { openTab, TAB_ROUTES } from '../../../lib/routes';

export function NoticeList() {
  return (
    <StateView
      kind='empty'
      title='支部通知还没有开通'
      message='开通以后，支部书记发的通知都会显示在这一页，没看过的会标上“未读”。现在有事，请看支部的微信群，或者打电话问支部书记。今天可以先听听有声书。'
      actionLabel='去听书'
      onAction={() => openTab(TAB_ROUTES.books)}
    />
  );
}
