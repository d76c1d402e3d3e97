// 导出名册 where there is no browser download (the mini-program): say where to do it instead.
// The H5 build takes export-button.h5.tsx in place of this file.
import { View } from '@tarojs/components';

export function ExportButton(_props: { orgUnitId: number; onMessage: (message: string) => void }) {
  return <View className='org-note'>导出名册要在电脑上做：请在电脑上打开本系统的网页版，进入“我的 → 组织管理”。</View>;
}
