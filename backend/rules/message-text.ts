// What an inbox message may say and where it may lead: one short full sentence in Chinese, a page of the app.
import type { MessageLink } from '../../contracts/inbox';
import { PAGES, wechatPage } from '../../contracts/pages';

export const MAX_MESSAGE_CHARACTERS = 60;
/** WeChat does not document a page length for subscribe messages; keep the path with its query modest. */
const MAX_PAGE_WITH_QUERY = 128;

const SENTENCE_END = /[。！？]$/;
const CHINESE = /\p{Script=Han}/u;
const APP_PAGE = /^\/(pages|subpackages)(\/[a-z0-9][a-z0-9-]*)+$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
/** Where a subscribe message without a link opens: 我的, where the inbox is reached. */
const FALLBACK_PAGE = wechatPage(PAGES.tab.mine);

/** Null when the text will do; otherwise why not (for the developer who wrote it: this is a programming error). */
export function messageTextProblem(text: string): string | null {
  if (text.trim() === '') return 'the text is empty';
  if (text !== text.trim()) return 'the text starts or ends with spaces';
  if (/[\r\n\u2028\u2029]/.test(text)) return 'the text must be one line';
  if (!CHINESE.test(text)) return 'the text must be a Chinese sentence';
  if (Array.from(text).length > MAX_MESSAGE_CHARACTERS)
    return `the text is longer than ${MAX_MESSAGE_CHARACTERS} characters`;
  if (!SENTENCE_END.test(text)) return 'the text must be a full sentence ending with a full stop (。！？)';
  return null;
}

export function messageLinkProblem(link: MessageLink): string | null {
  if (!APP_PAGE.test(link.page))
    return `"${link.page}" is not a page of the app (e.g. /subpackages/events/detail/index)`;
  for (const [name, value] of Object.entries(link.params)) {
    if (!PARAM_NAME.test(name)) return `parameter name "${name}" is not a plain name`;
    if (typeof value !== 'string') return `parameter "${name}" must be a string`;
  }
  if (subscribePage(link).length > MAX_PAGE_WITH_QUERY)
    return `the page with its query is longer than ${MAX_PAGE_WITH_QUERY} characters`;
  return null;
}

/** The page a subscribe message opens: WeChat wants it without a leading slash, with the query attached. */
export function subscribePage(link: MessageLink | null): string {
  if (!link) return FALLBACK_PAGE;
  const query = new URLSearchParams(link.params).toString();
  return `${link.page.slice(1)}${query ? `?${query}` : ''}`;
}
