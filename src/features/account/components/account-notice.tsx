// Shows the account's one-off confirmation (e.g. "登录成功。") as a toast on whatever screen comes next.
import { Toast } from '../../../components/toast';
import { useAccountStore } from '../store';

export function AccountNotice() {
  const notice = useAccountStore((s) => s.notice);
  const clearNotice = useAccountStore((s) => s.clearNotice);
  return <Toast message={notice} onClose={clearNotice} />;
}
