// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-case-file.h5.tsx.
import { View } from '@tarojs/components';

export function PrintCaseFile() {
  return (
    <View className='casework-controls casework-sentence'>
      请在电脑上打开本系统的网页版，进入“我的 → 民情工作室”，打开这件纠纷后打印卷宗。手机上可以先看看卷宗的样子。
    </View>
  );
}
