// Which unit the figures below are for, in big words, with a sentence saying what it is and where it sits.
import { View } from '@tarojs/components';
import { a11y } from '../../../lib/a11y';

export function UnitHeading({ name, sentence }: { name: string; sentence: string }) {
  return (
    <View className='unit-heading'>
      <View className='unit-heading__name' {...a11y({ role: 'heading', level: 2 })}>
        {name}
      </View>
      {sentence ? <View className='unit-heading__place'>{sentence}</View> : null}
    </View>
  );
}
