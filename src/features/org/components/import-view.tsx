// 导入名册 where there is no browser file picker (the mini-program): say where to do it instead.
// The H5 build takes import-view.h5.tsx, the upload form, in place of this file.
import { View } from '@tarojs/components';

export function ImportView() {
  return <View className='org-note'>导入名册要在电脑上做：请在电脑上打开本系统的网页版，进入“我的 → 导入党员名册”。</View>;
}
