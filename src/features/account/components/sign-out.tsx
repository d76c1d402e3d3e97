// 退出登录, confirmed first because it is easy to press by mistake and annoying to undo.
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useSessionStore } from '../../../entities/session/session-store';

export function SignOut() {
  const signOut = useSessionStore((s) => s.signOut);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <BigButton variant='secondary' onClick={() => setAsking(true)}>
        退出登录
      </BigButton>
      <ConfirmDialog
        open={asking}
        title='要退出登录吗？'
        message='退出后，要重新登录才能看到自己的支部通知和报名记录。'
        confirmLabel='退出登录'
        onConfirm={() => {
          setAsking(false);
          signOut();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
