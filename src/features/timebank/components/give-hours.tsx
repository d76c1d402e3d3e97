// 送时间: a few of her hours to a linked relative (儿女, 父母) or to the street's 互助池, which pays for elders of 80
// and more, or in hardship, who have none. Whom and how many are big choices; it asks first, because hours given
// are not taken back, and says what happened in a sentence.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { Balance } from '../../../../contracts/timebank';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ChoiceList } from '../../../components/choice-list';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { donateHours } from '../api/donate-hours';
import { giveHours } from '../api/give-hours';
import { giftChoices, giftQuestion, type GiftTarget } from '../gift';
import './timebank.scss';

export function GiveHours({ balance }: { balance: Pick<Balance, 'balance' | 'relatives'> }) {
  const [to, setTo] = useState<GiftTarget | null>(null);
  const [hours, setHours] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const { targets, amounts } = giftChoices(balance);
  if (amounts.length === 0) return null;
  const target = targets.find((t) => t.value === to) ?? null;
  const send = () => {
    setAsking(false);
    if (!target || hours === null) return;
    void action.run(
      (requestId) =>
        target.personId === null ? donateHours(hours, requestId) : giveHours(target.personId, hours, requestId),
      {
        intent: `${String(to)}:${hours}`,
        sentence: (done) => done.message,
        then: () => {
          setTo(null);
          setHours(null);
        },
      },
    );
  };
  return (
    <Card title='把时间送出去'>
      <ChoiceList
        id='gift-to'
        label='送给谁'
        choices={targets.map((t) => ({ value: t.value, label: t.label, description: t.description }))}
        selected={to}
        onSelect={setTo}
      />
      <ChoiceList
        id='gift-hours'
        label='送多少'
        layout='grid'
        choices={amounts.map((h) => ({ value: h, label: `${h}小时` }))}
        selected={hours}
        onSelect={setHours}
      />
      <View className='timebank-controls'>
        <BigButton
          onClick={() => setAsking(true)}
          disabled={!target || hours === null}
          busy={action.busy}
          busyLabel='正在送…'
        >
          {target && hours !== null ? `把${hours}小时送给${target.label}` : '先选送给谁、送多少'}
        </BigButton>
      </View>
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      <ConfirmDialog
        open={asking}
        title='确定要送吗？'
        message={target && hours !== null ? giftQuestion(target, hours) : ''}
        confirmLabel='确定送出'
        cancelLabel='不送了'
        onConfirm={send}
        onCancel={() => setAsking(false)}
      />
    </Card>
  );
}
