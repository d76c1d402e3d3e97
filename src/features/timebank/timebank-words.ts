// The time bank's words the screen makes itself (docs/WORDS.md): hours, who is coming in a list of requests, and the
// coverage figure with its trend. The sentences about one thing (the one question, a balance, a scan's result) come
// from the server, which says them the same way in messages. Pure, so they are tested.
import type { Coverage, CoverageMonth, HelpRequestSummary } from '../../../contracts/timebank';
import { minutesWords } from '../../../contracts/time-words';
import { dateTimeWords, monthLabel } from '../../entities/time/calendar';

/** Hours (a number of hours, maybe with a fraction) in words: 12 → "12小时", 2.5 → "2小时30分". */
export function hoursWords(hours: number): string {
  return minutesWords(Math.round(hours * 60));
}

type RequestLine = Pick<HelpRequestSummary, 'service' | 'startsAt' | 'status' | 'statusName' | 'helper' | 'elder'>;

/**
 * One request in a list, as a sentence for the person who asked: "王阿姨会在2026年12月8日 星期二 上午9点来帮您代购。"
 * once someone took it; what happens next while it waits. `selfId` is the reader: the sentence says "您" for her.
 */
export function requestSentence(r: RequestLine, selfId: number): string {
  const whom = r.elder.id === selfId ? '您' : r.elder.name;
  const when = dateTimeWords(r.startsAt);
  if (r.helper && (r.status === 'matched' || r.status === 'visiting'))
    return r.status === 'visiting'
      ? `${r.helper.name}正在帮${whom}${r.service}。`
      : `${r.helper.name}会在${when}来帮${whom}${r.service}。`;
  if (r.status === 'open') return `${when}${r.service}：还没有人接，有人接了会告诉您。`;
  if (r.status === 'awaiting_approval') return `${when}${r.service}：等支部书记审核，同意后就会有人来帮${whom}。`;
  if (r.status === 'visited') return `${r.helper?.name ?? '志愿者'}已经来帮${whom}${r.service}了，请确认。`;
  return `${when}${r.service}：${r.statusName}。`;
}

/** The coverage figure in a sentence: what it is, and whether it is enough (below 1 is said, not only coloured). */
export function coverageSentence(c: Pick<Coverage, 'ratio' | 'flag' | 'target' | 'held' | 'delivered'>): string {
  const figures = `大家存着能用的${hoursWords(c.held)}，这个月实际服务了${hoursWords(c.delivered)}`;
  if (c.ratio === null) return `这个月还没有人提供服务，算不出覆盖率。${figures}。`;
  const figure = c.ratio.toFixed(2);
  if (c.flag === 'red') return `覆盖率${figure}，低于1，已标红，要多留意。${figures}。`;
  if (c.flag === 'amber') return `覆盖率${figure}，还没到目标${c.target}。${figures}。`;
  return `覆盖率${figure}，达到目标${c.target}。${figures}。`;
}

/** The trend as rows: each month's words and its bar's share of the largest figure (0–100), red below 1. */
export function trendRows(trend: CoverageMonth[]): { month: string; words: string; width: number; red: boolean }[] {
  const top = Math.max(1, ...trend.map((m) => m.ratio ?? 0));
  return trend.map((m) => ({
    month: m.month,
    words: `${monthLabel(m.month)}：${m.ratio === null ? '没有服务' : m.ratio.toFixed(2)}`,
    width: m.ratio === null ? 0 : Math.round((m.ratio / top) * 100),
    red: m.ratio !== null && m.ratio < 1,
  }));
}
