// The WeChat template ids the mini-program asks consent for (wx.requestSubscribeMessage), by our template name.
// Empty in the host, which sends no WeChat messages.
import { subscribeTemplatesInput, type InboxApi } from '../../../../contracts/inbox';
import { action } from '../../../runtime/define-function';

export const subscribeTemplates = action(
  {
    access: 'person',
    input: subscribeTemplatesInput,
  },
  async function subscribeTemplates(_input, { deps }): Promise<InboxApi['subscribeTemplates']['output']> {
    return { templates: deps.subscribeMessages.templateIds() };
  },
);
