// H5: the browser's own print dialog; timebank.scss lays the card out on paper, everything else hidden.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';

export function PrintSheet({ label, how }: { label: string; how: string }) {
  return (
    <>
      <View>{how}</View>
      <BigButton variant='primary' onClick={() => window.print()}>
        {label}
      </BigButton>
    </>
  );
}
