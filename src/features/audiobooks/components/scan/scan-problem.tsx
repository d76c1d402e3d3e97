// A QR code that cannot be used (unknown, altered, from elsewhere, expired, or its book removed):
// say so kindly, give the server's reason, and one way home. Never a blank page.
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import { a11y } from '../../../../lib/a11y';
import './scan-landing.scss';

export function ScanProblem({ message, onHome }: { message: string; onHome: () => void }) {
  return (
    <View className='scan-landing'>
      <View className='scan-problem' {...a11y({ role: 'alert' })}>
        <View className='scan-problem__title'>这个二维码无法识别……</View>
        <View className='scan-problem__message'>{message}</View>
        <View className='scan-problem__message'>您可以回到首页，在“听书”里找到想听的书。</View>
      </View>
      <BigButton variant='primary' onClick={onHome}>
        回到首页
      </BigButton>
    </View>
  );
}
