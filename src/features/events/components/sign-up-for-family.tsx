// On an event's page, for someone with linked family members: 替母亲报名 … one quieter button each; the answer is
// said in a sentence. The member is told on their own phone who signed them up.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { newRequestId } from '../../../lib/api-client';
import { messageOf } from '../../../lib/api-error';
import { getMyFamily, signUpFor } from '../api/family';
import './events.scss';

export function SignUpForFamily({ eventId }: { eventId: number }) {
  const family = useRemote(() => getMyFamily(), []);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  if (family.state.status !== 'ready' || family.state.data.members.length === 0) return null;
  const send = async (personId: number) => {
    setBusy(personId);
    try {
      setSaid({ ok: true, text: (await signUpFor(eventId, personId, newRequestId())).message });
    } catch (error) {
      setSaid({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <View className='events'>
      {family.state.data.members.map((m) => (
        <BigButton key={m.id} busy={busy === m.id} onClick={() => void send(m.id)}>
          {`替${m.name}报名`}
        </BigButton>
      ))}
      {said ? (
        <View className='events__done' {...a11y({ role: said.ok ? 'status' : 'alert' })}>
          {said.text}
        </View>
      ) : null}
    </View>
  );
}
