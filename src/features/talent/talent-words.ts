// The talent pool's words for a 75-year-old (docs/WORDS.md): consent in a sentence with its dates, a request's state.
import type { ConsentView, MatchTiming, OrgDistance, TalentRequestView } from '../../../contracts/talent';
import { plainDateWords } from '../../entities/time/calendar';

export function consentWords(c: ConsentView): string {
  if (c.state === 'active' && c.givenAt && c.until)
    return `您在${plainDateWords(c.givenAt)}同意加入人才库，到${plainDateWords(c.until)}为止有效。社区需要时会先问您，您可以答应，也可以婉拒。`;
  if (c.state === 'expired' && c.until)
    return `您的同意在${plainDateWords(c.until)}满两年了。现在社区不会邀请您。如果还愿意，请在下面按“我同意”。`;
  if (c.state === 'withdrawn' && c.withdrawnAt)
    return `您在${plainDateWords(c.withdrawnAt)}撤回了同意。您的档案还留着，但社区不会再邀请您。想回来，请在下面按“我同意”。`;
  return '您还没有加入银发人才库。填好下面的内容，按“我同意”就加入了。';
}

export const DISTANCE_WORDS: Record<OrgDistance, string> = {
  community: '同一个社区',
  street: '同一个街道',
  district: '同一个区',
};

const TIMING_WORDS: Record<MatchTiming, string> = {
  'in-time': '5个工作日内找到了人',
  late: '超过5个工作日',
  waiting: '还在找人',
};

export function requestStatusWords(
  r: Pick<TalentRequestView, 'status' | 'matchedName' | 'timing' | 'invited'>,
): string {
  if (r.status === 'matched') return `${r.matchedName ?? '有人'}答应了（${TIMING_WORDS[r.timing]}）`;
  return r.invited > 0 ? `已邀请${r.invited}人，${TIMING_WORDS[r.timing]}` : `还没有邀请人，${TIMING_WORDS[r.timing]}`;
}
