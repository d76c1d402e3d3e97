// Shows the account's one-off confirmation (e.g. "登录成功。") as a toast on whatever screen comes next.
import { Toast } from '../../../components/toast';
import { useSessionStore } from '../../../entities/session/session-store';

export function AccountNotice() {
  const notice = useSessionStore((s) => s.notice);
  const clearNotice = useSessionStore((s) => s.clearNotice);
  return <Toast message={notice} onClose={clearNotice} />;
}
