// A sentence saying what went wrong, announced to screen readers; a thick edge, not only red, marks it.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import './index.scss';

export interface ErrorNoteProps {
  children: string;
  id?: string;
}

export function ErrorNote({ children, id }: ErrorNoteProps) {
  return (
    <View className='error-note' id={id} {...a11y({ role: 'alert' })}>
      {children}
    </View>
  );
}
