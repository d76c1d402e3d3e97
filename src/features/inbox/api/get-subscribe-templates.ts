// The WeChat template ids to ask consent for, by our template name (empty where no WeChat messages are sent).
import { callApi } from '../../../lib/api-client';

export function getSubscribeTemplates() {
  return callApi('account', 'subscribeTemplates', {});
}
