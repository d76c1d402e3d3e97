// After wx.requestSubscribeMessage, the mini-program reports which templates the person accepted: each acceptance
// allows one WeChat message of that template (our count; WeChat's own answer 43101 corrects it).
import { recordConsentInput, type InboxApi } from '../../../../contracts/inbox';
import { addConsents } from '../../../data/messages';
import { action } from '../../../runtime/define-function';

export const recordConsent = action(
  {
    access: 'person',
    input: recordConsentInput,
    // A prompt needs a tap each time: a few a minute is already more than a person does.
    limit: { points: 20, seconds: 60 },
  },
  async function recordConsent({ templates }, ctx): Promise<InboxApi['recordConsent']['output']> {
    const personId = ctx.caller.person.id;
    return ctx.transaction(async (trx, audit) => {
      const consents = await addConsents(trx, personId, templates, ctx.deps.now());
      await audit({ entity: 'subscribe_consents', entityId: personId, after: { accepted: templates, consents } });
      return { consents };
    });
  },
);
