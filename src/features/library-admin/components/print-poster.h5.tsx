// H5: 第二步：打印 is the browser's own print dialog, once every QR code is on the sheet (poster.scss lays out A4).
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import type { PrintPosterProps } from './print-poster';

export function PrintPoster({ ready }: PrintPosterProps) {
  return (
    <>
      <View>每张 A4 纸印 6 本书，一本书一个二维码。大家用微信扫一扫，就能直接听。</View>
      <BigButton variant='primary' onClick={() => window.print()} disabled={!ready}>
        打印海报
      </BigButton>
    </>
  );
}
