// A real code whose part of the app is not open yet (events, service posts, their check-ins): the server's sentence
// says what it is and what to do instead; then the way home, and what already works today.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import type { UnopenableScene } from '../scene-openers';
import './scan.scss';

export function NotYetOpen({ resolved }: { resolved: Pick<UnopenableScene, 'message'> }) {
  return (
    <View className='scan-screen'>
      <View className='scan-note'>
        <View className='scan-note__message'>{resolved.message}</View>
      </View>
      <BigButton variant='primary' onClick={() => openTab(TAB_ROUTES.home)}>
        回到首页
      </BigButton>
      <View className='scan-screen__aside'>现在已经能用的是“听书”：书屋里的有声书，点开就能听。</View>
      <BigButton variant='secondary' icon='▶' onClick={() => openTab(TAB_ROUTES.books)}>
        去听书
      </BigButton>
    </View>
  );
}
