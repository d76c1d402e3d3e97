// The kit's labelled text box, one line or several: the label stays visible above it (a placeholder alone disappears
// while typing), an optional hint under the label, and what went wrong said in words right under the box.
import type { ReactNode } from 'react';
import { Input, Textarea, View } from '@tarojs/components';
import { ErrorNote } from '../error-note';
import './index.scss';

interface TextFieldProps {
  /** Base of the element ids: `${id}-label`, `${id}-input`, `${id}-hint`, `${id}-error`. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A short example shown in the empty box, e.g. "例如 member1". */
  placeholder?: string;
  /** A sentence under the label that stays on show while typing. */
  hint?: string;
  /** What is wrong with this box, in a sentence; announced when it appears. */
  error?: string | null;
  maxLength?: number;
  /** Several lines (a textarea) instead of one. */
  multiline?: boolean;
  /** The keyboard's confirm key; "search" also makes the H5 box a search box. One line only. */
  confirmType?: 'done' | 'search';
  onConfirm?: () => void;
  /** Shown beside the box, e.g. a 搜索 button; the box takes the rest of the row. */
  action?: ReactNode;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  placeholder,
  hint,
  error,
  maxLength = 40,
  multiline = false,
  confirmType = 'done',
  onConfirm,
  action,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  // H5 only (Taro puts nativeProps on the real <input>/<textarea>); the weapp control takes none of these.
  const nativeProps: Record<string, string> = {
    'aria-label': label,
    id: `${id}-input`,
    autocomplete: 'off',
    autocapitalize: 'off',
  };
  if (describedBy) nativeProps['aria-describedby'] = describedBy;
  if (error) nativeProps['aria-invalid'] = 'true';
  if (!multiline && confirmType === 'search') nativeProps.type = 'search';

  const box = multiline ? (
    <Textarea
      className='text-field__box text-field__box--multi'
      value={value}
      maxlength={maxLength}
      placeholder={placeholder}
      placeholderClass='text-field__placeholder'
      onInput={(e) => onChange(e.detail.value)}
      nativeProps={nativeProps}
    />
  ) : (
    <Input
      className='text-field__box'
      value={value}
      maxlength={maxLength}
      placeholder={placeholder}
      placeholderClass='text-field__placeholder'
      confirmType={confirmType}
      onInput={(e) => onChange(e.detail.value)}
      onConfirm={onConfirm}
      nativeProps={nativeProps}
    />
  );

  return (
    <View className={error ? 'text-field text-field--invalid' : 'text-field'}>
      <View className='text-field__label' id={`${id}-label`}>
        {label}
      </View>
      {hintId ? (
        <View className='text-field__hint' id={hintId}>
          {hint}
        </View>
      ) : null}
      {action ? (
        <View className='text-field__row'>
          {box}
          <View className='text-field__action'>{action}</View>
        </View>
      ) : (
        box
      )}
      {errorId ? <ErrorNote id={errorId}>{error as string}</ErrorNote> : null}
    </View>
  );
}
