// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-card.h5.tsx.
import { View } from '@tarojs/components';

export function PrintCard() {
  return <View>请在电脑上打开本系统的网页版，进入“我的 → 时间银行 → 我的服务卡”打印。也可以请支部书记帮您打印。</View>;
}
