// A scanned invitation QR code: what it is, until when, and one big 接受邀请. Accepting signs in the same way as
// typing the code does, and the result is said here in a full sentence — no timer takes it away. A failed line
// offers 再试一次 (with the same request id, so an answer lost on a weak signal is not refused as "used");
// a refusal (used, expired, withdrawn, another person's WeChat) says whom to ask, since trying again cannot help.
import { View } from '@tarojs/components';
import type { InvitationScene } from '../../../../contracts/qrcode';
import { BigButton } from '../../../components/big-button';
import { useAction } from '../../../entities/remote/use-action';
import { useSessionStore } from '../../../entities/session/session-store';
import { useSession } from '../../../entities/session/use-session';
import { dateTimeWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { tryAgainHelps } from '../../../lib/api-error';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { loginWithInviteScene } from '../sign-in';
import './accept-invitation.scss';

interface AcceptInvitationProps {
  /** The code as scanned: account.redeemInvite({ scene }) checks and uses it. */
  scene: string;
  invitation: InvitationScene;
}

export function AcceptInvitation({ scene, invitation }: AcceptInvitationProps) {
  const { user } = useSession();
  // One intent: however many taps on 再试一次 it takes, it is one request id.
  const { run, busy, said } = useAction();

  const accept = () =>
    run((requestId) => loginWithInviteScene(scene, requestId), {
      sentence: (sentence) => sentence,
      // Said here, where the person is looking; the next screen need not say it again.
      then: () => useSessionStore.getState().clearNotice(),
    });
  // While sending (again), the invitation stays with its busy button; then the answer replaces it.
  const step = busy || !said ? null : said;

  if (step?.ok) {
    return (
      <View className='accept-invitation'>
        <View
          className='accept-invitation__note accept-invitation__note--done'
          {...a11y({ role: 'status', live: 'polite' })}
        >
          <View className='accept-invitation__title'>您已经加入支部了</View>
          <View>{step.text}</View>
        </View>
        <BigButton variant='primary' onClick={() => openTab(TAB_ROUTES.home)}>
          去首页
        </BigButton>
      </View>
    );
  }

  if (step) {
    // The line or the server failed; anything else is the invitation's own answer, which trying again cannot change.
    const again = tryAgainHelps(step.code);
    return (
      <View className='accept-invitation'>
        <View className='accept-invitation__note accept-invitation__note--failed' {...a11y({ role: 'alert' })}>
          <View className='accept-invitation__title'>邀请没有接受成功</View>
          <View>{step.text}</View>
        </View>
        {again ? (
          <BigButton variant='primary' onClick={() => void accept()}>
            再试一次
          </BigButton>
        ) : null}
        <BigButton variant={again ? 'secondary' : 'primary'} onClick={() => openTab(TAB_ROUTES.home)}>
          回到首页
        </BigButton>
      </View>
    );
  }

  return (
    <View className='accept-invitation'>
      <View className='accept-invitation__note'>
        <View>{invitation.message}</View>
        <View>请在{dateTimeWords(invitation.expiresAt)}以前接受。</View>
        {user ? <View>这部手机现在登录的是{user.name}。这份邀请如果是给别人的，请交给本人来接受。</View> : null}
      </View>
      <BigButton variant='primary' onClick={() => void accept()} busy={busy} busyLabel='正在接受邀请…'>
        接受邀请
      </BigButton>
      <BigButton onClick={() => openTab(TAB_ROUTES.home)} disabled={busy}>
        先不接受，回到首页
      </BigButton>
    </View>
  );
}
