// A code that cannot be used (unknown, altered, from elsewhere, expired, or naming something removed): say so
// kindly, give the server's reason, and one way home. Never a blank page.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import './scan.scss';

export function ScanProblem({ title, message }: { title: string; message: string }) {
  return (
    <View className='scan-screen'>
      <View className='scan-note scan-note--problem' {...a11y({ role: 'alert' })}>
        <View className='scan-note__title'>{title}</View>
        <View className='scan-note__message'>{message}</View>
        <View className='scan-note__message'>您可以回到首页，在“听书”里找到想听的书。</View>
      </View>
      <BigButton variant='primary' onClick={() => openTab(TAB_ROUTES.home)}>
        回到首页
      </BigButton>
    </View>
  );
}
