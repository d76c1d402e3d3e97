// Consent to WeChat subscribe messages, in the mini-program. Each "yes" in WeChat's prompt allows us one message of
// that template, so ask at the moment the message will matter, on the tap that causes it (报名, 候补 …).
// A feature cannot import another feature, so the page that shows the button joins the two: it takes the hook from
// here and hands `ask` to the domain's component, which calls it first thing on the tap, e.g.
//
//   // src/subpackages/events/detail/index.tsx
//   const consent = useSubscribeConsent(['event_promoted', 'event_reminder']);
//   <EventSignUp eventId={id} beforeSignUp={consent.ask} />
//
//   // in EventSignUp's tap handler
//   void beforeSignUp();   // first, before any await: WeChat opens its prompt only straight after a tap
//   void signUp(eventId);  // the action itself never waits for, or depends on, the answer
//
// The template ids are fetched when the screen appears (account.subscribeTemplates), not on the tap: an await before
// requestSubscribeMessage loses the tap, and WeChat then refuses with "can only be invoked by user TAP gesture".
// What the person accepted is recorded with account.recordConsent (one request id per answer, so a resend counts
// once). The in-app message (我的消息) is written either way; WeChat's message is the extra.
import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import { messageOf } from '../../../lib/api-error';
import { useSession } from '../../../entities/session/use-session';
import { getSubscribeTemplates } from '../api/get-subscribe-templates';
import { recordConsent } from '../api/record-consent';
import {
  acceptedTemplates,
  templatesToAsk,
  type ConsentOutcome,
  type SubscribeConsent,
  type TemplateIds,
} from './consent';

const PROMPT_FAILED = '微信没能问您要不要消息提醒。有了新情况，在“我的消息”里照样能看到。';

/** Template ids are set per deployment: asked once per launch of the mini-program, then kept. */
let knownIds: TemplateIds | null = null;

export function useSubscribeConsent(templates: readonly SubscribeTemplate[]): SubscribeConsent {
  const { signedIn } = useSession();
  const [ids, setIds] = useState<TemplateIds | null>(knownIds);

  useEffect(() => {
    if (!signedIn || knownIds) return undefined;
    let current = true;
    getSubscribeTemplates().then(
      ({ templates: loaded }) => {
        knownIds = loaded;
        if (current) setIds(loaded);
      },
      // Not loaded: ask() then asks nothing, and the next screen that needs it tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [signedIn]);

  const wanted = templates.join(',');
  const ask = useCallback(
    (only?: readonly SubscribeTemplate[]): Promise<ConsentOutcome> => {
      const asking = ids ? templatesToAsk(only ?? (wanted.split(',') as SubscribeTemplate[]), ids) : [];
      if (asking.length === 0) return Promise.resolve({ asked: false });
      // Called synchronously inside the tap handler (this function has not awaited anything yet).
      const prompt = Taro.requestSubscribeMessage({
        tmplIds: asking.map((a) => a.id),
      } as Taro.requestSubscribeMessage.Option);
      return prompt.then(
        async (answer): Promise<ConsentOutcome> => {
          const accepted = acceptedTemplates(asking, answer as unknown as Record<string, unknown>);
          if (accepted.length === 0) return { asked: true, accepted, problem: null };
          try {
            await recordConsent(accepted);
            return { asked: true, accepted, problem: null };
          } catch (error) {
            return { asked: true, accepted: [], problem: `您同意的消息提醒没能记下来。${messageOf(error)}` };
          }
        },
        (): ConsentOutcome => ({ asked: true, accepted: [], problem: PROMPT_FAILED }),
      );
    },
    [ids, wanted],
  );

  return { ask };
}
