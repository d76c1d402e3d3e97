// Opens the page a message is about. A mini-program older than the server may not have that page yet: WeChat
// then refuses to open it, and the person is told so in a sentence instead of nothing happening.
import type { MessageLink } from '../../../contracts/inbox';
import { openUrl } from '../../lib/routes';
import { linkTarget } from './message-link';

export const LINK_NOT_OPENED = '这条消息说的内容现在打不开。请关掉小程序再打开，更新以后再看。';

/** Resolves with null once the page opens, or with a sentence to show when it cannot be opened. */
export async function openMessageLink(link: MessageLink): Promise<string | null> {
  try {
    await openUrl(linkTarget(link).url);
    return null;
  } catch {
    return LINK_NOT_OPENED;
  }
}
