// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-sheet.h5.tsx.
import { View } from '@tarojs/components';

export function PrintSheet({ label }: { label: string; how: string }) {
  return (
    <View>{`手机上不能打印。要${label}，请在电脑上打开本系统的网页版，进入“我的 → 时间银行”；也可以请支部书记帮您打印。`}</View>
  );
}
