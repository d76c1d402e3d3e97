// The 大字 switch, also saved to the account when logged in. If saving fails the switch stays as the person set it.
import { LargeTextSwitch } from '../../../components/large-text-switch';
import { updatePreferences } from '../../../entities/session/api/update-preferences';
import { useSessionStore } from '../../../entities/session/session-store';

interface LargeTextSettingProps {
  onMessage: (message: string) => void;
}

export function LargeTextSetting({ onMessage }: LargeTextSettingProps) {
  const signedIn = useSessionStore((s) => s.status === 'signed-in');

  const save = async (largeText: boolean) => {
    const done = largeText ? '大字模式已打开。' : '大字模式已关闭。';
    if (!signedIn) {
      onMessage(`${done}这台手机会记住您的选择。`);
      return;
    }
    try {
      const { preferences } = await updatePreferences({ largeText });
      const user = useSessionStore.getState().user;
      if (user) useSessionStore.getState().setUser({ ...user, preferences });
      onMessage(`${done}已保存到您的账号，换手机登录也一样。`);
    } catch {
      onMessage(`${done}这台手机已经记住了，但没能保存到您的账号，换手机登录时可能要再设置一次。`);
    }
  };

  return <LargeTextSwitch onChanged={(on) => void save(on)} />;
}
