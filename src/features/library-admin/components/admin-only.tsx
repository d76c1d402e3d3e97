// What a signed-in person who is not an admin sees on an admin screen.
import { StateView } from '../../../components/state-view';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';

export function AdminOnly() {
  return (
    <StateView
      kind='empty'
      title='这里只给管理员用'
      message='有声书管理和打印海报由老干部局的管理员来做。您如果需要，请联系管理员。'
      actionLabel='返回我的'
      onAction={() => leavePage(TAB_ROUTES.mine)}
    />
  );
}
