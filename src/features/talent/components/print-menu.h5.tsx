// H5: the browser's own print dialog; talent.scss keeps each field whole on an A4 page and hides the buttons.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';

export function PrintMenu() {
  return (
    <>
      <View>按“打印服务菜单”，用 A4 纸打印，贴在社区公告栏或服务站。</View>
      <BigButton variant='primary' onClick={() => window.print()}>
        打印服务菜单
      </BigButton>
    </>
  );
}
