// While the saved session is being checked or could not be checked, say so (with a retry), instead of guessing.
import { StateView } from '../../../components/state-view';
import { useSessionStore } from '../session-store';

export function SessionStatus() {
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);
  const restore = useSessionStore((s) => s.restore);
  if (status === 'checking' || status === 'unknown')
    return <StateView kind='loading' message='正在查看您的登录状态，请稍等。' />;
  if (status === 'error') {
    return (
      <StateView
        kind='error'
        title='没能查看登录状态'
        message={error ?? '请稍后再试。'}
        onRetry={() => void restore()}
      />
    );
  }
  return null;
}
