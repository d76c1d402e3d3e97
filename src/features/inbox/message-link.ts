// Where a message leads: a page of the app with its query. Tab pages are opened with switchTab, which takes no query.
import type { MessageLink } from '../../../contracts/inbox';

/** The five tab pages (app.config.ts): a message may point at one, e.g. 我的 for something about the account. */
const TAB_PAGE = /^\/pages\/[a-z0-9-]+\/index$/;

export type LinkTarget = { how: 'switchTab'; url: string } | { how: 'navigateTo'; url: string };

export function linkTarget(link: MessageLink): LinkTarget {
  if (TAB_PAGE.test(link.page)) return { how: 'switchTab', url: link.page };
  const query = Object.entries(link.params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return { how: 'navigateTo', url: query ? `${link.page}?${query}` : link.page };
}
