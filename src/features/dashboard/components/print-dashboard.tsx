// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-dashboard.h5.tsx.
import { View } from '@tarojs/components';

export function PrintDashboard() {
  return <View className='dashboard__note'>要打印，请在电脑上打开本系统的网页版，进入“我的 → 驾驶舱”，按“打印”。</View>;
}
