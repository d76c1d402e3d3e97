// 开具证明, for any kind: the period as a few choices (no date picker for shaky fingers), one button, and then the
// printable sheet. The kind says what the certificate is and how it is issued.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { CertificateIssued } from '../../../contracts/certificates';
import { BigButton } from '../../components/big-button';
import { ChoiceList } from '../../components/choice-list';
import { Said } from '../remote/said-line';
import { useAction } from '../remote/use-action';
import { periodChoices, type Period } from './certificate-periods';
import './certificate.scss';

export function IssueCertificateForm({
  note,
  issue,
  then,
}: {
  /** What the certificate says and how it is checked, in a sentence or two. */
  note: string;
  issue: (from: string, to: string, requestId: string) => Promise<CertificateIssued>;
  /** Opens the issued certificate's printable page. */
  then: (cert: CertificateIssued) => void;
}) {
  const choices = periodChoices(new Date());
  const [period, setPeriod] = useState<Period['value'] | null>(choices[0].value);
  const { run, busy, said, say } = useAction();
  const submit = async () => {
    const chosen = choices.find((c) => c.value === period);
    if (!chosen) return;
    say(null);
    await run((requestId) => issue(chosen.from, chosen.to, requestId), { intent: chosen.value, then });
  };
  return (
    <View className='certificate-stack'>
      <View className='certificate-note'>{note}</View>
      <ChoiceList
        id='period'
        label='开具哪段时间的证明'
        choices={choices.map((c) => ({ value: c.value, label: c.label, description: c.description }))}
        selected={period}
        onSelect={setPeriod}
      />
      <Said said={said} className='certificate-note' failedClassName='certificate-note--failed' />
      <BigButton variant='primary' onClick={() => void submit()} busy={busy} busyLabel='正在开具…'>
        开具证明
      </BigButton>
    </View>
  );
}
