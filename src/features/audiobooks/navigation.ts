// Opening the player with its query (the path itself lives in contracts/pages.ts).
import { pageUrl } from '../../../contracts/pages';
import { PAGE_ROUTES, openPage, replacePage } from '../../lib/routes';

export interface PlayerTarget {
  bookId: number;
  chapterId?: number;
  /** Start playing on arrival (the person tapped something that means "listen"). */
  autoplay?: boolean;
}

/** The player's query: the chapter and autoplay only when given. */
function playerParams({ bookId, chapterId, autoplay }: PlayerTarget): Record<string, number> {
  return { bookId, ...(chapterId ? { chapterId } : {}), ...(autoplay ? { autoplay: 1 } : {}) };
}

export function playerUrl(target: PlayerTarget): string {
  return pageUrl(PAGE_ROUTES.player, playerParams(target));
}

export function openPlayer(target: PlayerTarget): void {
  openPage(PAGE_ROUTES.player, playerParams(target));
}

/** From the scan page: the player takes its place, so "back" leaves to the app rather than to the scan page. */
export function replaceWithPlayer(target: PlayerTarget): void {
  replacePage(PAGE_ROUTES.player, playerParams(target));
}
