// Consent to WeChat subscribe messages, outside the mini-program (H5, tests): there is no WeChat to ask, so nothing
// is asked. The mini-program takes use-subscribe-consent.weapp.ts in place of this file; see there for how to use it.
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import type { ConsentOutcome, SubscribeConsent } from './consent';

const NOTHING_ASKED: SubscribeConsent = { ask: () => Promise.resolve<ConsentOutcome>({ asked: false }) };

export function useSubscribeConsent(_templates: readonly SubscribeTemplate[]): SubscribeConsent {
  return NOTHING_ASKED;
}
