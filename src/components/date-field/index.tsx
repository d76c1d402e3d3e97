// The kit's date and time boxes: the phone's own picker instead of typing "2026-12-01" or "09:00", the label above
// and, under the box, the choice said in words ("2026年12月1日 星期二") and what is wrong with it. The box itself is
// per platform (date-box.tsx: the browser's native input; date-box.weapp.tsx: WeChat's Picker).
import { View } from '@tarojs/components';
import { ErrorNote } from '../error-note';
import { DateBox } from './date-box';
import type { DateFieldProps } from './props';
import './index.scss';

export type { DateFieldProps } from './props';

export function DateField(props: DateFieldProps) {
  const { id, label, value, words, hint, error } = props;
  const describedBy = [hint ? `${id}-hint` : null, words ? `${id}-words` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <View className={error ? 'date-field date-field--invalid' : 'date-field'}>
      <View className='date-field__label' id={`${id}-label`}>
        {label}
      </View>
      {hint ? (
        <View className='date-field__hint' id={`${id}-hint`}>
          {hint}
        </View>
      ) : null}
      <DateBox {...props} describedBy={describedBy} />
      {words && value ? (
        <View className='date-field__words' id={`${id}-words`}>
          {words}
        </View>
      ) : null}
      {error ? <ErrorNote id={`${id}-error`}>{error}</ErrorNote> : null}
    </View>
  );
}

/** A time box: the same field in time mode ("09:30"). */
export function TimeField(props: Omit<DateFieldProps, 'mode'>) {
  return <DateField {...props} mode='time' />;
}
