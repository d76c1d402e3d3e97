// 第二步：打印, where there is no printing (the mini-program): say where to print instead. The H5 build takes
// print-poster.h5.tsx, the print button, in place of this file.
import { View } from '@tarojs/components';

export interface PrintPosterProps {
  /** Every QR code of the chosen collection is on the sheet. */
  ready: boolean;
}

export function PrintPoster(_props: PrintPosterProps) {
  return <View>请在电脑上打开本系统的网页版，进入“我的 → 打印听书海报”，就可以打印。手机上只能先看看海报的样子。</View>;
}
