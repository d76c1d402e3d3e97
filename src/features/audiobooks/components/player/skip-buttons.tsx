// 后退15秒 / 前进15秒: two wide buttons, words and an arrow.
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import { SKIP_SECONDS } from '../../player/player-store';
import './skip-buttons.scss';

export function SkipButtons({ onSkip }: { onSkip: (seconds: number) => void }) {
  return (
    <View className='skip-buttons'>
      <BigButton onClick={() => onSkip(-SKIP_SECONDS)} icon='↺'>{`后退${SKIP_SECONDS}秒`}</BigButton>
      <BigButton onClick={() => onSkip(SKIP_SECONDS)} icon='↻'>{`前进${SKIP_SECONDS}秒`}</BigButton>
    </View>
  );
}
