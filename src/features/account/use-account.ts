// Screens read the logged-in person through this hook; it checks the saved session the first time it is needed.
import { useEffect } from 'react';
import { useAccountStore } from './store';

export function useAccount() {
  const status = useAccountStore((s) => s.status);
  const user = useAccountStore((s) => s.user);
  useEffect(() => {
    if (useAccountStore.getState().status === 'unknown') void useAccountStore.getState().restore();
  }, []);
  return { status, user, signedIn: status === 'signed-in' && user !== null };
}
