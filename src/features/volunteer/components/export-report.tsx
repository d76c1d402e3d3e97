// 导出表格 of the month's figures: the mini-program has no host session to fetch the file, so it says where to do it.
import { View } from '@tarojs/components';

export function ExportReport(_props: { month: string }) {
  return <View>要导出表格，请在电脑上打开本系统的网页版，进入“志愿 → 驿站管理”。</View>;
}
