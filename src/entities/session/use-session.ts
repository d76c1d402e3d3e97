// Screens read the signed-in person through this hook; it checks the saved session the first time it is needed.
import { useEffect } from 'react';
import { useSessionStore } from './session-store';

export function useSession() {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  useEffect(() => {
    if (useSessionStore.getState().status === 'unknown') void useSessionStore.getState().restore();
  }, []);
  return { status, user, signedIn: status === 'signed-in' && user !== null };
}
