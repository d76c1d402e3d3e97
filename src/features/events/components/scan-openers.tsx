// What the scan page shows for the events domain's codes: an event's code opens its page; an attendance code asks
// the member to press 签到, which sends the scanned code to events.attend and says the answer in a sentence.
import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import type { AttendanceScene, EventScene } from '../../../../contracts/qrcode';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { newRequestId } from '../../../lib/api-client';
import { messageOf } from '../../../lib/api-error';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { attend } from '../api/attend';
import { openEvent } from '../routes';
import './events.scss';

export function OpenEventScene({ resolved }: { resolved: EventScene }) {
  useEffect(() => openEvent(resolved.id), [resolved.id]);
  return <View className='events__sentence'>{resolved.message}</View>;
}

export function AttendScene({ resolved, scene }: { resolved: AttendanceScene; scene: string }) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [requestId] = useState(newRequestId);
  const send = async () => {
    setBusy(true);
    try {
      setSaid({ ok: true, text: (await attend(scene, requestId)).message });
    } catch (error) {
      setSaid({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='events'>
      <View className='events__sentence'>{resolved.message}</View>
      {said ? (
        <View className='events__done' {...a11y({ role: said.ok ? 'status' : 'alert' })}>
          {said.text}
        </View>
      ) : null}
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
