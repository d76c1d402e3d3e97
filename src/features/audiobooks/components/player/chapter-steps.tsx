// 上一章 / 下一章: two big buttons right under 播放, so the next chapter is one tap away, not screens down the list.
// At either end the button says so in words ("已是第一章") instead of doing nothing.
import { View } from '@tarojs/components';
import { BigButton } from '../../../../components/big-button';
import './chapter-steps.scss';

interface ChapterStepsProps {
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
}

export function ChapterSteps({ index, count, onPrevious, onNext }: ChapterStepsProps) {
  const first = index <= 0;
  const last = index >= count - 1;
  return (
    <View className='chapter-steps'>
      <BigButton onClick={onPrevious} disabled={first}>
        {first ? '已是第一章' : '‹ 上一章'}
      </BigButton>
      <BigButton onClick={onNext} disabled={last}>
        {last ? '已是最后一章' : '下一章 ›'}
      </BigButton>
    </View>
  );
}
