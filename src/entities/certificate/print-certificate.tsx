// 打印, where there is no printing (the mini-program): say where to print. The H5 build takes print-certificate.h5.tsx.
import { View } from '@tarojs/components';

/** `where`: the way to the certificate in the web version, e.g. "志愿 → 开具志愿服务证明". */
export function PrintCertificate({ where }: { where: string }) {
  return <View>请在电脑上打开本系统的网页版，进入“{where}”打印。手机上可以先看看证明的样子。</View>;
}
