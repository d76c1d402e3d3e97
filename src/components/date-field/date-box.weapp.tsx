// The mini-program's date or time box (date-box.tsx is H5's): WeChat's own Picker, opened by tapping a box that
// shows the choice in words, or 请选择 while there is none.
import { Picker, View } from '@tarojs/components';
import type { DateBoxProps } from './props';

export function DateBox({ mode = 'date', value, onChange, words, start, end }: DateBoxProps) {
  return (
    <Picker mode={mode} value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
      <View className='date-field__box'>
        {value ? (words ?? value) : mode === 'date' ? '请选择日期' : '请选择时间'}
      </View>
    </Picker>
  );
}
