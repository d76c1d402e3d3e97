// H5: the browser's own print dialog; casework.scss lays the 卷宗 out on A4.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';

export function PrintCaseFile() {
  return (
    <View className='casework-controls'>
      <View className='casework-sentence'>下面是卷宗的样子。按“打印卷宗”，用 A4 纸打印，交司法所存档。</View>
      <BigButton variant='primary' onClick={() => window.print()}>
        打印卷宗
      </BigButton>
    </View>
  );
}
