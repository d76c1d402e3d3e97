// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-menu.h5.tsx.
import { View } from '@tarojs/components';

export function PrintMenu() {
  return <View>要打印服务菜单，请在电脑上打开网页版，按“打印服务菜单”。</View>;
}
