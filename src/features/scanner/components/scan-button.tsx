// The 首页's big 扫一扫 button (picture and word): WeChat's scanner in the mini-program, our scan page on H5
// (start-scan.weapp.ts / start-scan.ts).
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { startScan } from '../start-scan';
import './scanner.scss';

/** A viewfinder drawn with borders (four corners and a scan line): sharp at any size, on weapp and H5 alike. */
function ScanIcon() {
  return (
    <View className='scan-icon'>
      <View className='scan-icon__corner scan-icon__corner--tl' />
      <View className='scan-icon__corner scan-icon__corner--tr' />
      <View className='scan-icon__corner scan-icon__corner--bl' />
      <View className='scan-icon__corner scan-icon__corner--br' />
      <View className='scan-icon__line' />
    </View>
  );
}

export function ScanButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const scan = () => {
    setProblem(null);
    void startScan().then(setProblem);
  };
  return (
    <View className='scan-button'>
      <BigButton variant='primary' onClick={scan} icon={<ScanIcon />}>
        扫一扫
      </BigButton>
      <View className='scan-button__hint'>扫书架或海报上的二维码，马上就能听书。</View>
      {problem ? (
        <View className='scanner__problem' {...a11y({ role: 'alert' })}>
          {problem}
        </View>
      ) : null}
    </View>
  );
}
