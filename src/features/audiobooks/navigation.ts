// Opening the player and the scan page with their query (the paths themselves live in src/lib/routes.ts).
import Taro from '@tarojs/taro';
import { PAGE_ROUTES } from '../../lib/routes';

export interface PlayerTarget {
  bookId: number;
  chapterId?: number;
  /** Start playing on arrival (the person tapped something that means "listen"). */
  autoplay?: boolean;
}

export function playerUrl({ bookId, chapterId, autoplay }: PlayerTarget): string {
  const query = [`bookId=${bookId}`, chapterId ? `chapterId=${chapterId}` : '', autoplay ? 'autoplay=1' : ''].filter(Boolean).join('&');
  return `${PAGE_ROUTES.player}?${query}`;
}

export function openPlayer(target: PlayerTarget): void {
  void Taro.navigateTo({ url: playerUrl(target) });
}

/** From the scan page: the player takes its place, so "back" leaves to the app rather than to the scan page. */
export function replaceWithPlayer(target: PlayerTarget): void {
  void Taro.redirectTo({ url: playerUrl(target) });
}

/** A positive whole number from a page query, or undefined. */
export function idParam(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
