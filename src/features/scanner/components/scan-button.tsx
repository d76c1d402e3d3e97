// The 首页's big 扫一扫 button (picture and word): WeChat's scanner in the mini-program, our scan page on H5.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { openScanner } from '../routes';
import { scanWithWechat } from '../scan-with-wechat';
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
    if (process.env.TARO_ENV === 'weapp') void scanWithWechat(false).then(setProblem);
    else openScanner();
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
