// Which month is shown, in big words, with two big buttons to step back and forward (no tiny date picker).
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { a11y } from '../../../lib/a11y';
import { monthLabel } from '../../../entities/time/calendar';

interface MonthSwitcherProps {
  month: string;
  /** The newest month there can be figures for (this month). */
  latest: string;
  onChange: (month: string, delta: number) => void;
  busy: boolean;
}

export function MonthSwitcher({ month, latest, onChange, busy }: MonthSwitcherProps) {
  const atLatest = month >= latest;
  return (
    <View className='month-switcher'>
      <View className='month-switcher__month' {...a11y({ role: 'status', live: 'polite' })}>
        {monthLabel(month)}
        {atLatest ? '（本月）' : ''}
      </View>
      <View className='month-switcher__buttons'>
        <BigButton onClick={() => onChange(month, -1)} disabled={busy}>
          ‹ 上个月
        </BigButton>
        <BigButton onClick={() => onChange(month, 1)} disabled={busy || atLatest}>
          {atLatest ? '已是本月' : '下个月 ›'}
        </BigButton>
      </View>
    </View>
  );
}
