// The compiled mini-program, page by page: every page in dist/weapp/app.json loaded in miniprogram-simulate with
// WeChat's own template compiler, its calls going to the built cloud functions (wx-server-sdk faked, the OPENID
// path) on a seeded PostgreSQL demo city, then the elders' journeys driven by taps.
import { startDemoHost, type DemoHost } from '../support/weapp-host';
import { allPages, startWeapp, type Weapp } from '../support/weapp-app';
import { buildCloudBundles, type CloudBundles } from '../support/weapp-cloud';

// The bundles open PostgreSQL from DATABASE_URL (a WeChat function has no disk to keep SQLite on).
if (!process.env.TEST_DATABASE_URL) throw new Error('the weapp page harness needs PostgreSQL: install it (the global setup starts one) or set TEST_DATABASE_URL');

jest.setTimeout(120_000);

let host: DemoHost;
let cloud: CloudBundles;
let weapp: Weapp;

/** Binds a fresh OPENID to a demo person the way a lost phone is replaced: the admin's invitation, redeemed in WeChat. */
async function bindOpenid(handle: string): Promise<string> {
  const [person] = await host.select<{ id: number }>('people', { handle });
  const invited = await host.post<{ invite: { code: string } }>('admin', 'account', { action: 'createInvite', data: { personId: person.id, lostPhone: true } });
  if (!invited.ok) throw new Error(`invite for ${handle}: ${JSON.stringify(invited)}`);
  const openid = `oWX-pages-${handle}`;
  const redeemed = await cloud.call('account', { action: 'redeemInvite', data: { code: invited.data.invite.code } }, openid);
  expect(redeemed).toMatchObject({ ok: true });
  return openid;
}

beforeAll(async () => {
  host = await startDemoHost();
  cloud = buildCloudBundles(host.databaseUrl);
  weapp = startWeapp((name, event, openid) => cloud.call(name, event, openid));
});

afterAll(async () => {
  weapp?.closeAll();
  await host?.stop();
  cloud?.remove();
});

afterEach(() => {
  weapp.closeAll();
});

describe('every page in app.json', () => {
  let memberOpenid: string;
  beforeAll(async () => {
    memberOpenid = await bindOpenid('member1');
  });

  it.each(allPages())('%s renders its first screen without an error', async (route) => {
    weapp.openid = memberOpenid;
    weapp.errors.length = 0;
    const page = await weapp.launch(route);
    await weapp.settle(300);
    expect(page.text().length).toBeGreaterThan(0);
    expect(weapp.errors).toEqual([]);
  });
});
