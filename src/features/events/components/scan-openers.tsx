// What the scan page shows for the events domain's codes: an event's code opens its page; an attendance code asks
// the member to press 签到, which sends the scanned code to events.attend and says the answer in a sentence.
import { useEffect } from 'react';
import { View } from '@tarojs/components';
import type { AttendanceScene, EventScene } from '../../../../contracts/qrcode';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { attend } from '../api/attend';
import { openEvent } from '../routes';
import './events.scss';

export function OpenEventScene({ resolved }: { resolved: EventScene }) {
  useEffect(() => openEvent(resolved.id), [resolved.id]);
  return <View className='events__sentence'>{resolved.message}</View>;
}

export function AttendScene({ resolved, scene }: { resolved: AttendanceScene; scene: string }) {
  const { run, busy, said } = useAction();
  const send = () => run((requestId) => attend(scene, requestId), { sentence: (a) => a.message });
  return (
    <View className='events'>
      <View className='events__sentence'>{resolved.message}</View>
      <Said said={said} className='events__done' />
      {said?.ok ? (
        <BigButton variant='primary' onClick={() => openEvent(resolved.id)}>
          查看活动
        </BigButton>
      ) : (
        <BigButton variant='primary' busy={busy} onClick={() => void send()}>
          签到
        </BigButton>
      )}
      <BigButton onClick={() => openTab(TAB_ROUTES.home)}>回到首页</BigButton>
    </View>
  );
}
