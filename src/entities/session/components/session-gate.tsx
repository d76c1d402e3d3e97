// The gate in front of a screen that needs a signed-in person (and perhaps a role): while the session is checked it
// says so, a signed-out person is told why to sign in, someone without the role is told who the screen is for, and
// only then is the screen drawn. Which screen to offer is a convenience; the server checks every request itself.
import type { ReactNode } from 'react';
import type { User } from '../../../../contracts/account';
import type { Scope } from '../../../../contracts/roles';
import { StateView } from '../../../components/state-view';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';
import { holdsScope } from '../scopes';
import { useSession } from '../use-session';
import { LoginPrompt } from './login-prompt';
import { SessionStatus } from './session-status';

export interface ScopeRefusal {
  scope: Scope;
  /** Who the screen is for, e.g. "这里只给管理员用". */
  title: string;
  /** Who does this work and whom to ask, in a sentence. */
  message: string;
}

interface SessionGateProps {
  /** Why this screen needs a sign-in, shown with 去登录 to someone signed out. */
  reason: string;
  /** Only for people holding this scope; anyone else reads the refusal (with a way back to 我的). */
  only?: ScopeRefusal;
  children: (user: User) => ReactNode;
}

export function SessionGate({ reason, only, children }: SessionGateProps) {
  const { status, user } = useSession();
  let body: ReactNode = null;
  if (status === 'signed-out') body = <LoginPrompt reason={reason} />;
  else if (status === 'signed-in' && user) {
    body =
      only && !holdsScope(user, only.scope) ? (
        <StateView
          kind='empty'
          title={only.title}
          message={only.message}
          actionLabel='返回我的'
          onAction={() => leavePage(TAB_ROUTES.mine)}
        />
      ) : (
        children(user)
      );
  }
  return (
    <>
      <SessionStatus />
      {body}
    </>
  );
}
