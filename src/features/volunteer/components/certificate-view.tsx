// 志愿服务证明: choose a period and issue, or (with its number) the A4 sheet to print: name and volunteer number,
// hours and what was served where, the issuing organisation with its person in charge and contact, the number, the
// date, and the QR code of the public verify page.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import type { CertificateView as Certificate } from '../../../../contracts/volunteer';
import { BigButton } from '../../../components/big-button';
import { ChoiceList } from '../../../components/choice-list';
import { useRemote } from '../../../entities/remote/use-remote';
import { RemoteView } from '../../../entities/remote/remote-view';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { plainDateWords } from '../../../entities/time/calendar';
import { a11y } from '../../../lib/a11y';
import { getCertificate } from '../api/get-certificate';
import { issueCertificate } from '../api/issue-certificate';
import { periodChoices, type Period } from '../certificate-periods';
import { openVolunteerPage } from '../routes';
import { hoursText } from '../volunteer-words';
import { PrintCertificate } from './print-certificate';
import { SaveCertificate } from './save-certificate';
import { ShareCertificate } from './share-certificate';
import './certificate.scss';
import './volunteer.scss';

export function IssueCertificate() {
  const choices = periodChoices(new Date());
  const [period, setPeriod] = useState<Period['value'] | null>(choices[0].value);
  const { run, busy, said, say } = useAction();
  const issue = async () => {
    const chosen = choices.find((c) => c.value === period);
    if (!chosen) return;
    say(null);
    await run((requestId) => issueCertificate(chosen.from, chosen.to, requestId), {
      intent: chosen.value,
      then: (cert) => openVolunteerPage('certificate', { no: cert.number }),
    });
  };
  return (
    <View className='volunteer-stack'>
      <View className='volunteer-note'>
        证明按服务记录开具，写明服务时长和服务内容，带一个二维码，别人扫码就能核验真假。
      </View>
      <ChoiceList
        id='period'
        label='开具哪段时间的证明'
        choices={choices.map((c) => ({ value: c.value, label: c.label, description: c.description }))}
        selected={period}
        onSelect={setPeriod}
      />
      <Said said={said} className='volunteer-note' failedClassName='volunteer-note--failed' />
      <BigButton variant='primary' onClick={() => void issue()} busy={busy} busyLabel='正在开具…'>
        开具证明
      </BigButton>
    </View>
  );
}

export function CertificateSheetView({ number }: { number: string }) {
  const remote = useRemote(() => getCertificate(number), [number]);
  return (
    <RemoteView remote={remote} loading='正在读取证明，请稍等。' failed='没能读取证明'>
      {(cert) => (
        <View className='volunteer-stack'>
          <View className='certificate-controls'>
            <PrintCertificate />
            <SaveCertificate cert={cert} />
            <ShareCertificate cert={cert} />
          </View>
          <CertificateSheet cert={cert} />
        </View>
      )}
    </RemoteView>
  );
}

function CertificateSheet({ cert }: { cert: Certificate }) {
  return (
    <View className='certificate-sheet' {...a11y({ role: 'article', label: '志愿服务证明' })}>
      <View className='certificate-sheet__title'>志愿服务证明</View>
      <View className='certificate-sheet__body'>
        <View>
          兹证明 <View className='certificate-sheet__strong'>{cert.name}</View>（志愿者编号 {cert.volunteerNumber}）于{' '}
          {plainDateWords(cert.from)} 至 {plainDateWords(cert.to)} 期间参加志愿服务 {cert.records} 次，累计服务时长{' '}
          <View className='certificate-sheet__strong'>{hoursText(cert.hours)}</View>。
        </View>
        <View>服务内容：</View>
        {cert.services.map((s) => (
          <View key={`${s.post}-${s.service}`} className='certificate-sheet__line'>
            {s.post}：{s.service}，{s.times} 次，{hoursText(s.hours)}
          </View>
        ))}
        <View>特此证明。</View>
      </View>
      <View className='certificate-sheet__foot'>
        <View className='certificate-sheet__issuer'>
          <View>出具单位：{cert.issuer.org}</View>
          <View>负责人：{cert.issuer.personInCharge}</View>
          <View>联系方式：{cert.issuer.contact}</View>
          <View>证明编号：{cert.number}</View>
          <View>出具日期：{plainDateWords(cert.issuedOn)}</View>
        </View>
        <View className='certificate-sheet__qr'>
          <Image
            className='certificate-sheet__qr-image'
            src={cert.qrImage}
            mode='aspectFit'
            {...a11y({ label: '核验二维码' })}
          />
          <View>扫码核验真伪</View>
        </View>
      </View>
      {cert.status !== 'valid' ? (
        <View className='certificate-sheet__warning'>
          {cert.status === 'changed' ? '这份证明开具后服务记录有过更正，请重新开具。' : '这份证明已经作废。'}
        </View>
      ) : null}
    </View>
  );
}
