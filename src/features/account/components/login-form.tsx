// Two ways in: a demo handle (member1 …) or the invitation code a branch secretary gave.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../entities/remote/use-action';
import { loginWithHandle, loginWithInvite } from '../sign-in';
import './login-form.scss';

interface LoginFormProps {
  onDone: () => void;
}

type Busy = 'handle' | 'invite' | null;

export function LoginForm({ onDone }: LoginFormProps) {
  const [handle, setHandle] = useState('');
  const [code, setCode] = useState('');
  // Each way in says its failure under its own field.
  const byHandle = useAction();
  const byInvite = useAction();
  const busy: Busy = byHandle.busy ? 'handle' : byInvite.busy ? 'invite' : null;
  const handleError = byHandle.said?.text ?? null;
  const inviteError = byInvite.said?.text ?? null;

  const submitHandle = async () => {
    if (handle.trim() === '') {
      byHandle.say({ ok: false, text: '请先填写登录名，例如 member1。' });
      return;
    }
    byHandle.say(null);
    await byHandle.run(() => loginWithHandle(handle), { intent: handle, then: onDone });
  };

  const submitInvite = async () => {
    if (code.trim() === '') {
      byInvite.say({ ok: false, text: '请先填写邀请码。邀请码是 8 位字母和数字。' });
      return;
    }
    byInvite.say(null);
    await byInvite.run(() => loginWithInvite(code), { intent: code, then: onDone });
  };

  return (
    <View className='login-form'>
      <Card title='用登录名登录'>
        <View>试用版里，每位党员都有一个登录名，例如 member1。</View>
        <TextField
          id='login-handle'
          label='登录名'
          placeholder='例如 member1'
          value={handle}
          onChange={setHandle}
          onConfirm={submitHandle}
          error={handleError}
        />
        <BigButton
          variant='primary'
          onClick={submitHandle}
          busy={busy === 'handle'}
          busyLabel='正在登录…'
          disabled={busy === 'invite'}
        >
          登录
        </BigButton>
      </Card>
      <Card title='第一次使用：填写邀请码'>
        <View>支部书记会给您一个 8 位的邀请码。填写后，您就加入了自己的支部。</View>
        <TextField
          id='login-invite'
          label='邀请码'
          placeholder='8 位字母和数字'
          value={code}
          onChange={setCode}
          onConfirm={submitInvite}
          error={inviteError}
        />
        <BigButton
          variant='secondary'
          onClick={submitInvite}
          busy={busy === 'invite'}
          busyLabel='正在核对邀请码…'
          disabled={busy === 'handle'}
        >
          使用邀请码
        </BigButton>
      </Card>
    </View>
  );
}
