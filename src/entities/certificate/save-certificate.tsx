// 保存图片 (H5): draws the certificate on an A4-shaped picture (its words and the QR code of its public check link,
// made here from codeUrl, so nothing is fetched), offers it as a download, and shows it below: in WeChat's own
// browser, where downloads often go nowhere, a long press on the picture saves it. The mini-program has no such
// button (save-certificate.weapp.tsx): there, 发给家人 sends the check link.
import { useState } from 'react';
import { Image, View } from '@tarojs/components';
import QRCode from 'qrcode';
import type { CertificateSheetFacts } from '../../../contracts/certificates';
import { BigButton } from '../../components/big-button';
import { Said } from '../remote/said-line';
import type { Said as SaidSentence } from '../remote/use-action';
import { pictureLines, type CertificateLines } from './certificate-lines';

const WIDTH = 1240; // A4 at 150 dpi
const HEIGHT = 1754;
const MARGIN = 110;

/** Writes `text` from (x, y) wrapped at `width`, character by character (Chinese has no spaces); answers the next y. */
function wrap(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, lineHeight: number) {
  let line = '';
  let top = y;
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      ctx.fillText(line, x, top);
      line = ch;
      top += lineHeight;
    } else line += ch;
  }
  if (line) ctx.fillText(line, x, top);
  return top + lineHeight;
}

async function drawCertificate(lines: CertificateLines, codeUrl: string): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const { title, body, foot } = pictureLines(lines);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'top';
  ctx.font = 'bold 72px sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText(title, WIDTH / 2, MARGIN);
  ctx.textAlign = 'left';
  ctx.font = '40px sans-serif';
  let y = MARGIN + 160;
  for (const line of body) y = wrap(ctx, line, MARGIN, y, WIDTH - 2 * MARGIN, 64) + 12;
  const qrSize = 300;
  const footTop = HEIGHT - MARGIN - qrSize - 40;
  let fy = footTop;
  ctx.font = '34px sans-serif';
  for (const line of foot) fy = wrap(ctx, line, MARGIN, fy, WIDTH - 2 * MARGIN - qrSize - 40, 52);
  const qr = document.createElement('canvas');
  await QRCode.toCanvas(qr, codeUrl, { margin: 1, width: qrSize });
  ctx.drawImage(qr, WIDTH - MARGIN - qrSize, footTop);
  ctx.font = '30px sans-serif';
  ctx.fillText('扫码核验真伪', WIDTH - MARGIN - qrSize + 60, footTop + qrSize + 8);
  return canvas.toDataURL('image/png');
}

export function SaveCertificate({ cert, lines }: { cert: CertificateSheetFacts; lines: CertificateLines }) {
  const [image, setImage] = useState<string | null>(null);
  const [said, setSaid] = useState<SaidSentence | null>(null);
  const save = async () => {
    try {
      const png = image ?? (await drawCertificate(lines, cert.codeUrl));
      setImage(png);
      const link = document.createElement('a');
      link.href = png;
      link.download = `${lines.title}-${cert.number}.png`;
      link.click();
      setSaid({
        ok: true,
        text: '证明的图片已经做好，保存在手机的“下载”里。如果找不到，请长按下面的图片，选“保存图片”。',
      });
    } catch {
      setSaid({ ok: false, text: '没能做出图片。请把这一页截图保存。' });
    }
  };
  return (
    <View className='certificate-stack'>
      <BigButton onClick={() => void save()}>保存图片</BigButton>
      <Said
        said={said}
        className='certificate-note'
        doneClassName='certificate-note--done'
        failedClassName='certificate-note--failed'
      />
      {image ? (
        <Image
          className='certificate-picture'
          src={image}
          mode='widthFix'
          nativeProps={{ alt: `${lines.title}的图片，长按可以保存` }}
        />
      ) : null}
    </View>
  );
}
