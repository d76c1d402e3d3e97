// The sentence a write ended with, next to its control: a success is a polite status, a failure an alert. Each
// screen keeps its own look through `className`/`failedClassName`.
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import type { Said as SaidSentence } from './use-action';

interface SaidProps {
  said: SaidSentence | null;
  className?: string;
  /** Added to `className` for a failure. */
  failedClassName?: string;
  /** Added to `className` for a success. */
  doneClassName?: string;
}

export function Said({ said, className, failedClassName, doneClassName }: SaidProps) {
  if (!said) return null;
  const classes = [className, said.ok ? doneClassName : failedClassName].filter(Boolean).join(' ');
  return (
    <View className={classes || undefined} {...a11y(said.ok ? { role: 'status', live: 'polite' } : { role: 'alert' })}>
      {said.text}
    </View>
  );
}
