// The sentence a write ended with, next to its control: a success is a polite status, a failure an alert. Each
// screen keeps its own look through `className`/`failedClassName`. A new sentence is brought onto the screen and
// given focus, so it stays where she tapped even when the page is long (大字, 特大).
import { View } from '@tarojs/components';
import { useEffect, useRef } from 'react';
import { ErrorNote } from '../../components/error-note';
import { a11y } from '../../lib/a11y';
import { bringIntoView } from '../../lib/bring-into-view';
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

let nextId = 0;

export function Said({ said, className, failedClassName, doneClassName, failedNote }: SaidProps) {
  // A plain id (no ':' as React's useId has), because the mini-program finds it with a selector.
  const id = useRef('');
  if (!id.current) id.current = `said-${(nextId += 1)}`;
  useEffect(() => {
    // After the page has drawn the sentence (and whatever the write changed above it).
    if (!said) return undefined;
    const timer = setTimeout(() => bringIntoView(id.current), 50);
    return () => clearTimeout(timer);
  }, [said]);

  if (!said) return null;
  if (!said.ok && failedNote) return <ErrorNote id={id.current}>{said.text}</ErrorNote>;
  const classes = [className, said.ok ? doneClassName : failedClassName].filter(Boolean).join(' ');
  return (
    <View
      id={id.current}
      className={classes || undefined}
      {...a11y(said.ok ? { role: 'status', live: 'polite' } : { role: 'alert' })}
    >
      {said.text}
    </View>
  );
}
