// H5: the browser's own print dialog; certificate.scss lays the sheet out on A4.
import { View } from '@tarojs/components';
import { BigButton } from '../../components/big-button';

export function PrintCertificate(_props: { where: string }) {
  return (
    <>
      <View>下面是证明的样子。按“打印证明”，用 A4 纸打印，盖章后交给需要的单位。</View>
      <BigButton variant='primary' onClick={() => window.print()}>
        打印证明
      </BigButton>
    </>
  );
}
