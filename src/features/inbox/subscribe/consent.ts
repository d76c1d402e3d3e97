// Asking consent for WeChat subscribe messages: what a screen gets back, and the two pure steps around WeChat's
// prompt (which templates to ask for, which were accepted). The prompt itself is in use-subscribe-consent.weapp.ts.
import type { SubscribeTemplate } from '../../../../contracts/inbox';

/** WeChat's prompt asks for at most three templates at once (contracts/inbox.ts allows the same). */
export const MAX_TEMPLATES_PER_PROMPT = 3;

export type ConsentOutcome =
  /** Nothing was asked: not in the mini-program, none of these templates is set up, or their ids are not loaded yet. */
  | { asked: false }
  /**
   * WeChat's prompt was shown. `accepted` are the templates the person said yes to and we recorded (each allows one
   * message). `problem` is a sentence when the prompt failed or the server did not record the answer.
   */
  | { asked: true; accepted: SubscribeTemplate[]; problem: string | null };

export interface SubscribeConsent {
  /**
   * Call it first thing in a tap handler, before any await: WeChat shows its prompt only straight after a tap.
   * It never throws, and the screen's own action should not wait on it or depend on it. `only` narrows the prompt
   * to the templates this tap will use (a screen with several actions: 报名 and 候补 lead to different messages).
   */
  ask: (only?: readonly SubscribeTemplate[]) => Promise<ConsentOutcome>;
}

export type TemplateIds = Partial<Record<SubscribeTemplate, string>>;

/** The templates to ask for, in the order wanted: those set up in this deployment, at most three, each once. */
export function templatesToAsk(
  wanted: readonly SubscribeTemplate[],
  ids: TemplateIds,
): { template: SubscribeTemplate; id: string }[] {
  const chosen: { template: SubscribeTemplate; id: string }[] = [];
  for (const template of wanted) {
    const id = ids[template];
    if (!id || chosen.some((c) => c.template === template)) continue;
    chosen.push({ template, id });
    if (chosen.length === MAX_TEMPLATES_PER_PROMPT) break;
  }
  return chosen;
}

/** WeChat answers per template id: 'accept', 'reject', 'ban' or 'filter'. Only 'accept' allows a message. */
export function acceptedTemplates(
  asked: readonly { template: SubscribeTemplate; id: string }[],
  answer: Record<string, unknown>,
): SubscribeTemplate[] {
  return asked.filter(({ id }) => answer[id] === 'accept').map(({ template }) => template);
}
