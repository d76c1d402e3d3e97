// A certificate of any kind on screen: its controls (打印证明 on the web, 保存图片, 发给家人) above the A4 sheet —
// the title, the statement with the name and hours in bold, the details, the issuer with the number, the typed check
// code and the day, and the QR code of the public verify page. The kind writes the words (CertificateLines).
import { Image, View } from '@tarojs/components';
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import { a11y } from '../../lib/a11y';
import { statementParts, type CertificateLines } from './certificate-lines';
import { PrintCertificate } from './print-certificate';
import { SaveCertificate } from './save-certificate';
import { ShareCertificate } from './share-certificate';
import './certificate.scss';

const STALE_WORDS = {
  changed: '这份证明开具后记录有过变化，请重新开具。',
  revoked: '这份证明已经作废。',
} as const;

/** `printWhere`: the way to this certificate in the web version, said where there is no printing. */
export function CertificateScreen({
  cert,
  lines,
  printWhere,
}: {
  cert: CertificateSheetFacts;
  lines: CertificateLines;
  printWhere: string;
}) {
  return (
    <View className='certificate-stack'>
      <View className='certificate-controls'>
        <PrintCertificate where={printWhere} />
        <SaveCertificate cert={cert} lines={lines} />
        <ShareCertificate cert={cert} />
      </View>
      <CertificateSheet cert={cert} lines={lines} />
    </View>
  );
}

function CertificateSheet({ cert, lines }: { cert: CertificateSheetFacts; lines: CertificateLines }) {
  return (
    <View className='certificate-sheet' {...a11y({ role: 'article', label: lines.title })}>
      <View className='certificate-sheet__title'>{lines.title}</View>
      <View className='certificate-sheet__body'>
        <View>
          {statementParts(lines).map((part, i) =>
            part.strong ? (
              <View key={i} className='certificate-sheet__strong'>
                {part.text}
              </View>
            ) : (
              part.text
            ),
          )}
        </View>
        <View>{lines.heading}</View>
        {lines.details.map((line) => (
          <View key={line} className='certificate-sheet__line'>
            {line}
          </View>
        ))}
        <View>特此证明。</View>
      </View>
      <View className='certificate-sheet__foot'>
        <View className='certificate-sheet__issuer'>
          {lines.foot.map((line) => (
            <View key={line}>{line}</View>
          ))}
        </View>
        <View className='certificate-sheet__qr'>
          <Image
            className='certificate-sheet__qr-image'
            src={cert.qrImage}
            mode='aspectFit'
            nativeProps={{ alt: '核验二维码，用手机扫一扫就能查这份证明的真假' }}
          />
          <View>扫码核验真伪</View>
        </View>
      </View>
      {cert.status !== 'valid' ? <View className='certificate-sheet__warning'>{STALE_WORDS[cert.status]}</View> : null}
    </View>
  );
}
