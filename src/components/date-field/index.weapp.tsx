// Mini-program flavour of the date and time boxes (index.tsx is H5's): WeChat's own Picker, opened by tapping a box
// that shows the choice, or 请选择 while there is none.
import { Picker, View } from '@tarojs/components';
import { ErrorNote } from '../error-note';
import type { DateFieldProps } from './props';
import './index.scss';

export type { DateFieldProps } from './props';

export function DateField({
  id,
  label,
  mode = 'date',
  value,
  onChange,
  words,
  hint,
  error,
  start,
  end,
}: DateFieldProps) {
  return (
    <View className={error ? 'date-field date-field--invalid' : 'date-field'}>
      <View className='date-field__label' id={`${id}-label`}>
        {label}
      </View>
      {hint ? <View className='date-field__hint'>{hint}</View> : null}
      <Picker mode={mode} value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='date-field__box'>
          {value ? (words ?? value) : mode === 'date' ? '请选择日期' : '请选择时间'}
        </View>
      </Picker>
      {error ? <ErrorNote id={`${id}-error`}>{error}</ErrorNote> : null}
    </View>
  );
}

export function TimeField(props: Omit<DateFieldProps, 'mode'>) {
  return <DateField {...props} mode='time' />;
}
