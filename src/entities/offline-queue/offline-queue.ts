// Work kept on the phone when the network failed, to send again later: each item carries a client id made when it
// was kept, so the server takes each once however often it is sent. Kept in the phone's storage, under the feature's
// own key, until the server has answered it. Volunteer scans use it today (the basement post); time-bank visits next.
import Taro from '@tarojs/taro';

/** An item kept: the client id the server knows it by. */
export interface Kept {
  clientId: string;
}

/** The server's answer to one item, by its client id. */
export interface Answer {
  clientId: string;
}

export function newClientId(): string {
  return `scan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Adds an item once by its client id; only the newest `maxKept` stay, so a phone offline for days cannot fill its storage. */
export function withItem<T extends Kept>(queue: readonly T[], item: T, maxKept: number): T[] {
  return [...queue.filter((q) => q.clientId !== item.clientId), item].slice(-maxKept);
}

/** What stays after the server answered: every answered item goes (taken, replayed or refused for good). */
export function afterAnswers<T extends Kept, R extends Answer>(queue: readonly T[], results: readonly R[]): T[] {
  const answered = new Set(results.map((r) => r.clientId));
  return queue.filter((q) => !answered.has(q.clientId));
}

export interface OfflineQueue<T extends Kept, R extends Answer> {
  read(): T[];
  keep(item: T): void;
  /** Sends what is kept; answers the server's sentences, or null when nothing was kept. A failed line keeps them all. */
  sendKept(send: (items: T[]) => Promise<{ results: R[] }>): Promise<R[] | null>;
}

/** A queue kept in the phone's storage under `key`, of at most `maxKept` items. */
export function offlineQueue<T extends Kept, R extends Answer>(key: string, maxKept: number): OfflineQueue<T, R> {
  const read = (): T[] => {
    try {
      const raw: unknown = Taro.getStorageSync(key);
      return Array.isArray(raw) ? (raw as T[]) : [];
    } catch {
      return [];
    }
  };
  const write = (items: T[]): void => {
    Taro.setStorageSync(key, items);
  };
  return {
    read,
    keep: (item) => write(withItem(read(), item, maxKept)),
    async sendKept(send) {
      const queue = read();
      if (queue.length === 0) return null;
      const { results } = await send(queue);
      write(afterAnswers(read(), results));
      return results;
    },
  };
}
