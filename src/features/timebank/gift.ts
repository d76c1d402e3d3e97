// 送时间's choices: whom (each linked relative, or the street's 互助池) and how many whole hours she holds. Pure.
import type { Balance } from '../../../contracts/timebank';

/** 'pool', or a relative as "p<id>" (a choice's value is a string or a number, one kind per list). */
export type GiftTarget = string;

export interface GiftChoice {
  value: GiftTarget;
  label: string;
  description: string;
  /** null: the pool. */
  personId: number | null;
}

const AMOUNTS = [1, 2, 5, 10];

export function giftChoices(balance: Pick<Balance, 'balance' | 'relatives'>): {
  targets: GiftChoice[];
  amounts: number[];
} {
  const targets: GiftChoice[] = [
    ...balance.relatives.map((r) => ({
      value: `p${r.id}`,
      label: r.name,
      description: '您的家人，时间送过去就是他（她）的了。',
      personId: r.id,
    })),
    {
      value: 'pool',
      label: '互助池',
      description: '捐给街道的互助池，给80岁以上、生活困难又没有存时间的老人用。',
      personId: null,
    },
  ];
  return { targets, amounts: AMOUNTS.filter((h) => h <= balance.balance) };
}

/** What the confirm dialog asks, saying that it cannot be taken back. */
export function giftQuestion(target: GiftChoice, hours: number): string {
  return target.personId === null
    ? `把您的${hours}小时捐给互助池？捐出以后不能收回。`
    : `把您的${hours}小时送给${target.label}？送出以后不能收回。`;
}
