// The sentence a write ended with, next to its control: a success is a polite status, a failure an alert. Each
// screen keeps its own look through `className`/`failedClassName`.
import { View } from '@tarojs/components';
import { ErrorNote } from '../../components/error-note';
import { a11y } from '../../lib/a11y';
import type { Said as SaidSentence } from './use-action';

interface SaidProps {
  said: SaidSentence | null;
  className?: string;
  /** Added to `className` for a failure. */
  failedClassName?: string;
  /** Added to `className` for a success. */
  doneClassName?: string;
  /** A failure is shown as the kit's ErrorNote (thick edge) rather than a line of this screen's own look. */
  failedNote?: boolean;
}

export function Said({ said, className, failedClassName, doneClassName, failedNote }: SaidProps) {
  if (!said) return null;
  if (!said.ok && failedNote) return <ErrorNote>{said.text}</ErrorNote>;
  const classes = [className, said.ok ? doneClassName : failedClassName].filter(Boolean).join(' ');
  return (
    <View className={classes || undefined} {...a11y(said.ok ? { role: 'status', live: 'polite' } : { role: 'alert' })}>
      {said.text}
    </View>
  );
}
