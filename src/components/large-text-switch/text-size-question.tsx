// The first-run question on 首页: one calm card in the page (never a pop-up over it) asking whether the text is big
// enough, with the size switch right there and one button to say it is fine as it is. The screen shows it while
// nothing was chosen on this device (`chosen` in the display store) and keeps it for that visit after a choice, so
// the person can try another size and compare.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { useDisplayStore, type TextSize } from '../../lib/display-store';
import { BigButton } from '../big-button';
import { LargeTextSwitch, TEXT_SIZE_NAMES } from '.';
import './index.scss';

interface TextSizeQuestionProps {
  onChanged?: (size: TextSize) => void;
  /** The person said the size is fine: the screen puts its usual switch in the card's place. */
  onDone: () => void;
  /** Where the switch lives afterwards, said in the question, e.g. "首页和“我的”". */
  laterIn: string;
}

export function TextSizeQuestion({ onChanged, onDone, laterIn }: TextSizeQuestionProps) {
  const textSize = useDisplayStore((s) => s.textSize);
  const markChosen = useDisplayStore((s) => s.markChosen);
  return (
    <View className='text-size-question' {...a11y({ role: 'region', labelledBy: 'text-size-question-title' })}>
      <View
        className='text-size-question__title'
        id='text-size-question-title'
        {...a11y({ role: 'heading', level: 2 })}
      >
        这些字，您看得清吗？
      </View>
      <View className='text-size-question__message'>
        看着吃力，就点“大字”或“特大”，所有页面的字和按钮马上跟着变大。以后在{laterIn}都可以再换。
      </View>
      <LargeTextSwitch id='text-size-question' title={false} onChanged={onChanged} />
      <BigButton
        onClick={() => {
          markChosen();
          onDone();
        }}
      >
        {`看得清，就用${TEXT_SIZE_NAMES[textSize]}`}
      </BigButton>
    </View>
  );
}
