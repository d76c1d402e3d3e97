// The account actions integration suites set people up with, over real HTTP: who a token is, an invitation made,
// an invitation redeemed. The host is passed as a function because suites start it in beforeAll.
import type { AccountApi } from '../../contracts/account';
import { dataOf, post } from './api';
import type { TestHost } from './start-host';

type Out<A extends keyof AccountApi> = AccountApi[A]['output'];

const withRequestId = (requestId?: string) => (requestId ? { requestId } : {});

export function accountCalls(host: () => TestHost) {
  return {
    /** The person a token signs in; a refused token fails the test. */
    me: async (token: string) =>
      (await dataOf(post<Out<'me'>>(host().baseUrl, 'account', { action: 'me' }, token))).user,
    createInvite: (token: string, data: unknown, requestId?: string) =>
      post<Out<'createInvite'>>(
        host().baseUrl,
        'account',
        { action: 'createInvite', data, ...withRequestId(requestId) },
        token,
      ),
    /** Anonymous, as a new member's phone sends it. */
    redeemInvite: (data: unknown, requestId?: string) =>
      post<Out<'redeemInvite'>>(host().baseUrl, 'account', {
        action: 'redeemInvite',
        data,
        ...withRequestId(requestId),
      }),
  };
}
