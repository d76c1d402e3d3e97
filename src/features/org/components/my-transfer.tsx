// On 我的: a member whose organisation relation is being transferred sees it there, where she looks first, not only
// deep in her record. Nothing shows while it loads, fails or when no transfer waits: it is news, not a screen.
import { useRemote } from '../../../entities/remote/use-remote';
import { getPerson } from '../api/get-person';
import { PendingTransfer } from './pending-transfer';

export function MyTransfer({ userId }: { userId: number }) {
  const remote = useRemote(() => getPerson(userId), [userId]);
  if (remote.state.status !== 'ready') return null;
  const { person } = remote.state.data;
  return (
    <PendingTransfer
      person={person}
      self
      onWithdrawn={() => remote.update((d) => ({ person: { ...d.person, pendingTransfer: null } }))}
    />
  );
}
