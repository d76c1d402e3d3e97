// Who may do what in the time bank by age and need, and what happens when an elder asks: pure rules.
import { HELPER_MAX_AGE, HELPER_MIN_AGE, POOL_AGE, SPENDING_AGE } from '../../../../contracts/timebank';
import { onChinaClock } from '../../../common/china-time';

/** Age in whole years as counted by the roster (birth year only): this China year minus the birth year. */
export function ageOf(birthYear: number | null, now: Date): number | null {
  return birthYear === null ? null : onChinaClock(now).getUTCFullYear() - birthYear;
}

/** Helpers are the younger members, 60 to 70; null when they may, else why not. */
export function offerProblem(age: number | null): string | null {
  if (age === null) return '名册上没有您的出生年份，请先请支部书记补上，再来报名帮助别人。';
  if (age < HELPER_MIN_AGE || age > HELPER_MAX_AGE)
    return `“低龄帮高龄”请${HELPER_MIN_AGE}到${HELPER_MAX_AGE}岁的党员来帮忙，您可以在需要时请别人来帮您。`;
  return null;
}

export interface SpenderFacts {
  age: number | null;
  /** The secretary approved spending before 70. */
  early: boolean;
  /** The secretary approved hardship: the pool pays when they have no hours. */
  hardship: boolean;
}

/** Hours are spent from 70, or earlier with the secretary's approval of need. */
export function maySpend(f: SpenderFacts): boolean {
  return f.early || (f.age !== null && f.age >= SPENDING_AGE);
}

/** The pool helps elders of 80 and over, and those in hardship, when their own hours are not enough. */
export function poolHelps(f: SpenderFacts): boolean {
  return f.hardship || (f.age !== null && f.age >= POOL_AGE);
}

/** The minutes of `balance` the member may spend now. */
export function spendableMinutes(balance: number, f: SpenderFacts): number {
  return maySpend(f) ? Math.max(0, balance) : 0;
}

export type RequestDecision =
  | { status: 'open'; payer: 'own' | 'pool'; message: string }
  | { status: 'awaiting_approval'; reason: string; message: string };

/**
 * What happens when an elder asks for `minutes` of help holding `spendable`: their own hours pay when enough; else
 * the pool, for 80 and over or hardship; else (under 80, not enough hours, no hardship approved) the request waits for
 * the secretary, who may approve the need (hardship: the pool pays; early: before 70), and the answer says so. A
 * request the secretary makes on the elder's behalf is their approval already.
 */
export function decideRequest(
  f: SpenderFacts,
  spendable: number,
  minutes: number,
  bySecretary: boolean,
): RequestDecision {
  const posted = '请求已经发出，有人接了以后，这里会写明谁什么时候来帮您。';
  if (spendable >= minutes) return { status: 'open', payer: 'own', message: `${posted}这次用您存的时间。` };
  if (poolHelps(f)) return { status: 'open', payer: 'pool', message: `${posted}您存的时间不够的部分，由互助池支付。` };
  if (bySecretary)
    return {
      status: 'open',
      payer: 'pool',
      message: `${posted}这次由书记代为申请，不够的时间由互助池或时间银行支付。`,
    };
  const reason = maySpend(f) ? '存的时间不够这次帮助' : `未满${SPENDING_AGE}岁，还不能使用存的时间`;
  return {
    status: 'awaiting_approval',
    reason,
    message: `您${reason}。请求已经交给支部书记审核，书记同意后就会有人来帮您。`,
  };
}
