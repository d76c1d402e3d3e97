// H5: the browser's own print dialog; timebank.scss lays the card out on paper, everything else hidden.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';

export function PrintCard() {
  return (
    <>
      <View>按“打印服务卡”，用 A4 纸打印，沿虚线剪下，交给老人收好。</View>
      <BigButton variant='primary' onClick={() => window.print()}>
        打印服务卡
      </BigButton>
    </>
  );
}
