// Filters (month, kind, place) above a list. In 标准 they are open; in 大字 and 特大 they fold behind one line that
// says what is chosen, so the list and its main action come first on the screen instead of three screens down.
import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from '../../lib/a11y';
import { useDisplayStore } from '../../lib/display-store';
import './index.scss';

interface FoldingFiltersProps {
  /** What is chosen now, in words: "筛选：全部活动". */
  summary: string;
  children: ReactNode;
}

export function FoldingFilters({ summary, children }: FoldingFiltersProps) {
  const folds = useDisplayStore((s) => s.textSize !== 'normal');
  const [open, setOpen] = useState(false);
  if (!folds) return <View className='folding-filters'>{children}</View>;
  return (
    <View className='folding-filters folding-filters--folding'>
      <View
        className='folding-filters__toggle'
        onClick={() => setOpen((o) => !o)}
        // The name holds the words on show (axe: label-content-name-mismatch), so a voice command "更改" finds it.
        {...a11y({ role: 'button', label: `${summary}，${open ? '收起' : '更改'}`, expanded: open })}
      >
        <View className='folding-filters__summary'>{summary}</View>
        <View className='folding-filters__hint'>{open ? '收起 ▲' : '更改 ▼'}</View>
      </View>
      {open ? <View className='folding-filters__body'>{children}</View> : null}
    </View>
  );
}
