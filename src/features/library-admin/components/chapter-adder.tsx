// Adding a chapter where there is no browser file picker (the mini-program): say where to do it instead.
// The H5 build takes chapter-adder.h5.tsx, the upload form, in place of this file.
import { View } from '@tarojs/components';
import type { ChapterFormProps } from './chapter-form';

export function ChapterAdder(_props: ChapterFormProps) {
  return <View>上传音频要在电脑上做：请在电脑上打开本系统的网页版，进入“我的 → 有声书管理”。在手机上上传，以后会支持。</View>;
}
