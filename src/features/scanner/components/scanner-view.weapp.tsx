// 扫一扫 in the mini-program (if someone lands here): one big button that opens WeChat's own scanner.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import type { ScanPurpose } from '../scan-purpose';
import { scanWithWechat } from '../scan-with-wechat';
import './scanner.scss';

export function ScannerView({ purpose = 'home' }: { purpose?: ScanPurpose }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <View>
        {purpose === 'volunteer'
          ? '点下面的按钮，对准驿站出示的签到二维码。'
          : '点下面的按钮，对准书架或海报上的二维码，就能听书。'}
        也可以从相册里选一张二维码照片。
      </View>
      {problem ? (
        <View className='scanner__problem' {...a11y({ role: 'alert' })}>
          {problem}
        </View>
      ) : null}
      <BigButton variant='primary' onClick={() => void scanWithWechat(true, purpose).then(setProblem)}>
        打开扫一扫
      </BigButton>
    </>
  );
}
