// 发给家人: copies a sentence with the certificate's public check link, to paste into a WeChat chat. The link is the
// printed QR code's own (the verify page, which shows the masked name and the hours), never the certificate page,
// which needs her sign-in. Copying works the same in the mini-program and on the web, so there is one way for both.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CERTIFICATE_KIND_FACTS } from '../../../contracts/certificate-scene';
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import { minutesWords } from '../../../contracts/time-words';
import { BigButton } from '../../components/big-button';
import { Said } from '../remote/said-line';
import type { Said as SaidSentence } from '../remote/use-action';
import { plainDateWords } from '../time/calendar';

/** What the family receives: what the certificate says, and where to check it. */
export function shareText(
  cert: Pick<CertificateSheetFacts, 'kind' | 'number' | 'from' | 'to' | 'hours' | 'codeUrl'>,
): string {
  return `这是我的${CERTIFICATE_KIND_FACTS[cert.kind].title}（编号 ${cert.number}，${plainDateWords(cert.from)}至${plainDateWords(cert.to)}，累计服务${minutesWords(Math.round(cert.hours * 60))}）。打开这个链接可以核验真假：${cert.codeUrl}`;
}

export const SHARED_SENTENCE =
  '证明和核验链接已经复制好了。请打开微信，在和家人的聊天里长按输入框，选“粘贴”，再按“发送”。';

export function ShareCertificate({ cert }: { cert: CertificateSheetFacts }) {
  const [said, setSaid] = useState<SaidSentence | null>(null);
  const share = async () => {
    try {
      await Taro.setClipboardData({ data: shareText(cert) });
      setSaid({ ok: true, text: SHARED_SENTENCE });
    } catch {
      setSaid({ ok: false, text: '没能复制链接。请把这一页截图，发给家人。' });
    }
  };
  return (
    <>
      <BigButton onClick={() => void share()}>发给家人</BigButton>
      <Said
        said={said}
        className='certificate-note'
        doneClassName='certificate-note--done'
        failedClassName='certificate-note--failed'
      />
    </>
  );
}
