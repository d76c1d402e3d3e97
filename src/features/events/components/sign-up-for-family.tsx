// On an event's page, for someone with linked family members: 替母亲报名 … one quieter button each; the answer is
// said in a sentence. The member is told on their own phone who signed them up.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { getMyFamily } from '../../../entities/family/api/get-my-family';
import { signUpFor } from '../api/sign-up-for';
import './events.scss';

export function SignUpForFamily({ eventId }: { eventId: number }) {
  const family = useRemote(() => getMyFamily(), []);
  const { run, pending, said } = useAction();
  if (family.state.status !== 'ready' || family.state.data.members.length === 0) return null;
  const send = (personId: number) =>
    run((requestId) => signUpFor(eventId, personId, requestId), {
      intent: String(personId),
      sentence: (a) => a.message,
    });
  return (
    <View className='events'>
      {family.state.data.members.map((m) => (
        <BigButton key={m.id} busy={pending === String(m.id)} onClick={() => void send(m.id)}>
          {`替${m.name}报名`}
        </BigButton>
      ))}
      <Said said={said} className='events__done' />
    </View>
  );
}
