// A labelled text box: the label is always visible above it (a placeholder alone disappears while typing).
import { Input, View } from '@tarojs/components';
import './text-field.scss';

interface TextFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onConfirm?: () => void;
}

export function TextField({ id, label, hint, value, onChange, onConfirm }: TextFieldProps) {
  return (
    <View className='text-field'>
      <View className='text-field__label' id={`${id}-label`}>
        {label}
      </View>
      <Input
        className='text-field__input'
        value={value}
        maxlength={40}
        placeholder={hint}
        placeholderClass='text-field__placeholder'
        confirmType='done'
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm}
        nativeProps={{ 'aria-label': label, id: `${id}-input`, autocomplete: 'off', autocapitalize: 'off' }}
      />
    </View>
  );
}
