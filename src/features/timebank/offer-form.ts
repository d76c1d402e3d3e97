// 我能帮忙's choices → the offer action's input: the services ticked, and the days ticked each with the same hours
// ("每周二、周四 下午2点到下午5点"). Pure, so the checks are tested; the server checks again.
import type { ActionInput } from '../../../contracts/api';
import type { Offer } from '../../../contracts/timebank';
import { hasProblems, type Problems } from '../../lib/form-problems';

export interface OfferForm {
  services: string[];
  /** 1 = 周一 … 7 = 周日. */
  weekdays: number[];
  from: string;
  to: string;
}

export type OfferField = 'services' | 'weekdays' | 'from' | 'to';

export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The form as her saved offer fills it: its services, its days, and the first slot's hours. */
export function offerToForm(offer: Pick<Offer, 'services' | 'availability'> | null): OfferForm {
  if (!offer) return { services: [], weekdays: [], from: '', to: '' };
  const first = offer.availability[0];
  return {
    services: [...offer.services],
    weekdays: [...new Set(offer.availability.map((s) => s.weekday))].sort((a, b) => a - b),
    from: first?.from ?? '',
    to: first?.to ?? '',
  };
}

export function offerToInput(
  f: OfferForm,
): { input: ActionInput<'timebank', 'offer'> } | { problems: Problems<OfferField> } {
  const problems: Problems<OfferField> = {};
  if (f.services.length === 0) problems.services = '请至少选一项您能帮的事。';
  if (f.weekdays.length === 0) problems.weekdays = '请选哪几天有空。';
  if (!f.from) problems.from = '请选几点开始有空。';
  if (!f.to) problems.to = '请选几点以后没空。';
  else if (f.from && f.to <= f.from) problems.to = '结束时间要晚于开始时间。';
  if (hasProblems(problems)) return { problems };
  const weekdays = [...new Set(f.weekdays)].sort((a, b) => a - b);
  return {
    input: {
      services: f.services,
      availability: weekdays.map((weekday) => ({ weekday, from: f.from, to: f.to })),
    },
  };
}
