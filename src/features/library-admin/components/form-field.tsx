// A labelled text box for the admin forms (one line or several): the label stays visible above it while typing.
import { Input, Textarea, View } from '@tarojs/components';
import './form-field.scss';

interface FormFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  multiline?: boolean;
}

export function FormField({ id, label, hint, value, maxLength, onChange, multiline = false }: FormFieldProps) {
  const nativeProps = { 'aria-label': label, id: `${id}-input`, autocomplete: 'off' };
  return (
    <View className='form-field'>
      <View className='form-field__label' id={`${id}-label`}>
        {label}
      </View>
      {multiline ? (
        <Textarea
          className='form-field__box form-field__box--multi'
          value={value}
          maxlength={maxLength}
          placeholder={hint}
          placeholderClass='form-field__placeholder'
          onInput={(e) => onChange(e.detail.value)}
          nativeProps={nativeProps}
        />
      ) : (
        <Input
          className='form-field__box'
          value={value}
          maxlength={maxLength}
          placeholder={hint}
          placeholderClass='form-field__placeholder'
          confirmType='done'
          onInput={(e) => onChange(e.detail.value)}
          nativeProps={nativeProps}
        />
      )}
    </View>
  );
}
