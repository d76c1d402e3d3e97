// The kit's date and time boxes: the phone's own picker instead of typing "2026-12-01" or "09:00", the label above
// and, under the box, the choice said in words ("2026年12月1日 星期二") and what is wrong with it. H5 flavour: the
// browser's native date/time input (a phone opens its own big wheel); index.weapp.tsx uses WeChat's Picker.
import { View } from '@tarojs/components';
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
  const describedBy = [hint ? `${id}-hint` : null, words ? `${id}-words` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <View className={error ? 'date-field date-field--invalid' : 'date-field'}>
      <label className='date-field__label' htmlFor={`${id}-input`} id={`${id}-label`}>
        {label}
      </label>
      {hint ? (
        <View className='date-field__hint' id={`${id}-hint`}>
          {hint}
        </View>
      ) : null}
      <input
        className='date-field__box'
        id={`${id}-input`}
        type={mode}
        value={value}
        min={start}
        max={end}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
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
