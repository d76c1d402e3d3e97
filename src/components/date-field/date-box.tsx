// H5's date or time box: the browser's native input, so a phone opens its own big wheel. Named by the field's label.
import type { DateBoxProps } from './props';

export function DateBox({ id, label, mode = 'date', value, onChange, error, start, end, describedBy }: DateBoxProps) {
  return (
    <input
      className='date-field__box'
      id={`${id}-input`}
      type={mode}
      value={value}
      min={start}
      max={end}
      aria-labelledby={`${id}-label`}
      // Named in its own right too: axe (label-title-only) does not follow the labelledby to Taro's drawn View.
      aria-label={label}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
