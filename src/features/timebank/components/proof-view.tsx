// 服务时间证明: choose a period and issue it, or (with its number) the sheet to print: her name, the hours confirmed
// by the elders she helped, what she did, the issuer, the number and the QR code that verifies it.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { TimebankCertificateView } from '../../../../contracts/timebank';
import { BigButton } from '../../../components/big-button';
import { ChoiceList } from '../../../components/choice-list';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { useRemote } from '../../../entities/remote/use-remote';
import { periodChoices, type Period } from '../../../entities/time/periods';
import { plainDateWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { getCertificate } from '../api/get-certificate';
import { issueCertificate } from '../api/issue-certificate';
import { openTimebankPage } from '../routes';
import { hoursWords } from '../timebank-words';
import { PrintSheet } from './print-sheet';
import './timebank.scss';

export function IssueProof() {
  const choices = periodChoices(new Date());
  const [period, setPeriod] = useState<Period['value'] | null>(choices[0].value);
  const action = useAction();
  const issue = () => {
    const chosen = choices.find((c) => c.value === period);
    if (!chosen) return;
    void action.run((requestId) => issueCertificate({ from: chosen.from, to: chosen.to }, requestId), {
      intent: chosen.value,
      then: (cert) => openTimebankPage('proof', { no: cert.number }),
    });
  };
  return (
    <View className='timebank-stack'>
      <View className='timebank-note'>
        证明只算老人或家人确认过的时间，写明帮了谁、做了什么，带一个二维码，别人扫码就能核验真假。
      </View>
      <ChoiceList
        id='proof-period'
        label='开具哪段时间的证明'
        choices={choices.map((c) => ({ value: c.value, label: c.label, description: c.description }))}
        selected={period}
        onSelect={setPeriod}
      />
      <Said said={action.said} className='timebank-note' failedClassName='timebank-note--failed' />
      <BigButton variant='primary' onClick={issue} busy={action.busy} busyLabel='正在开具…'>
        开具证明
      </BigButton>
    </View>
  );
}

export function ProofSheetView({ number }: { number: string }) {
  const remote = useRemote(() => getCertificate(number), [number]);
  return (
    <RemoteView remote={remote} loading='正在读取证明，请稍等。' failed='没能读取证明'>
      {(cert) => (
        <View className='timebank-stack'>
          <View className='timebank-controls timebank-stack'>
            <PrintSheet label='打印证明' how='按“打印证明”，用 A4 纸打印，盖章后交给需要的单位。' />
          </View>
          <ProofSheet cert={cert} />
        </View>
      )}
    </RemoteView>
  );
}

function ProofSheet({ cert }: { cert: TimebankCertificateView }) {
  return (
    <View className='timebank-card timebank-proof' {...a11y({ role: 'article', label: '服务时间证明' })}>
      <View className='timebank-card__title'>服务时间证明</View>
      <View className='timebank-card__steps'>
        <View>
          {`兹证明 ${cert.name} 于 ${plainDateWords(cert.from)} 至 ${plainDateWords(cert.to)} 期间，在时间银行帮助老人 ${cert.visits} 次，经老人或家人确认，累计服务时间 ${hoursWords(cert.hours)}。`}
        </View>
        {cert.services.map((s) => (
          <View key={s.service}>{`${s.service}：${s.times} 次，${hoursWords(s.hours)}`}</View>
        ))}
        <View>特此证明。</View>
        <View>{`出具单位：${cert.issuer}`}</View>
        <View>{`证明编号：${cert.number}`}</View>
        <View>{`开具日期：${plainDateWords(cert.issuedOn)}`}</View>
        {cert.status !== 'valid' ? (
          <View className='timebank-marked'>这份证明已经作废或和记录不一致，请重新开具。</View>
        ) : null}
      </View>
      <Image
        className='timebank-card__qr timebank-proof__qr'
        src={cert.qrImage}
        mode='aspectFit'
        {...a11y({ label: '核验二维码' })}
      />
      <View>扫码核验真伪</View>
    </View>
  );
}
