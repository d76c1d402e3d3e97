// The text size switch (标准, 大字, 特大), also saved to the account when signed in: the account keeps "big or not",
// so another phone starts at 大字 at least. If saving fails the size stays as the person set it.
// On 首页 the first open asks the question first (TextSizeQuestion); afterwards the switch sits in its place.
import { useState } from 'react';
import { LargeTextSwitch, TEXT_SIZE_NAMES } from '../../../components/large-text-switch';
import { TextSizeQuestion } from '../../../components/large-text-switch/text-size-question';
import { updatePreferences } from '../../../entities/session/api/update-preferences';
import { useSessionStore } from '../../../entities/session/session-store';
import { useDisplayStore, type TextSize } from '../../../lib/display-store';

interface LargeTextSettingProps {
  onMessage: (message: string) => void;
}

function useSaveTextSize(onMessage: (message: string) => void) {
  const signedIn = useSessionStore((s) => s.status === 'signed-in');
  return async (size: TextSize) => {
    const done = `字已经换成“${TEXT_SIZE_NAMES[size]}”。`;
    const largeText = size !== 'normal';
    const user = useSessionStore.getState().user;
    if (!signedIn || !user) {
      onMessage(`${done}这台手机会记住您的选择。`);
      return;
    }
    if (user.preferences.largeText === largeText) {
      onMessage(`${done}这台手机会记住您的选择。`);
      return;
    }
    try {
      const { preferences } = await updatePreferences({ largeText });
      const now = useSessionStore.getState().user;
      if (now) useSessionStore.getState().setUser({ ...now, preferences });
      onMessage(largeText ? `${done}已保存到您的账号，换手机登录，字也是大的。` : `${done}已保存到您的账号。`);
    } catch {
      onMessage(`${done}这台手机已经记住了，但没能保存到您的账号，换手机登录时可能要再选一次。`);
    }
  };
}

/** 我的: the switch with a line saying what it does. */
export function LargeTextSetting({ onMessage }: LargeTextSettingProps) {
  const save = useSaveTextSize(onMessage);
  return (
    <LargeTextSwitch
      hint='看不清就选“大字”或“特大”，所有页面的字和按钮都会变大。'
      onChanged={(size) => void save(size)}
    />
  );
}

/** 首页: the first-run question until it is answered, then the switch. */
export function HomeTextSize({ onMessage }: LargeTextSettingProps) {
  const save = useSaveTextSize(onMessage);
  const [asking, setAsking] = useState(() => !useDisplayStore.getState().chosen);
  if (asking)
    return (
      <TextSizeQuestion
        laterIn='首页和“我的”里'
        onChanged={(size) => void save(size)}
        onDone={() => setAsking(false)}
      />
    );
  return <LargeTextSwitch id='home-text-size' onChanged={(size) => void save(size)} />;
}
