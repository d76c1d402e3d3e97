// 朗读 / 暂停 / 继续: one big labelled button, and a sentence under it that always says what is happening — or
// why it cannot read aloud here. Never a button that silently does nothing.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { buttonWords, statusSentence } from '../read-aloud/read-aloud-state';
import { useReadAloud } from '../read-aloud/use-read-aloud';

export function ReadAloudBar({ noticeId, text }: { noticeId: number; text: string }) {
  const { state, press } = useReadAloud(noticeId, text);
  return (
    <View className='read-aloud'>
      <BigButton
        variant='secondary'
        onClick={press}
        busy={state.status === 'preparing'}
        busyLabel={buttonWords('preparing')}
      >
        {buttonWords(state.status)}
      </BigButton>
      <View className='notice-sentence read-aloud__status' {...a11y({ role: 'status', live: 'polite' })}>
        {statusSentence(state)}
      </View>
    </View>
  );
}
