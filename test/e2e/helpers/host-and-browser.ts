// One browser suite's set-up: the host on SQLite and headless Chromium, started before its tests; every phone the
// suite opened, the browser and the host closed after them. Call it at the top of the suite's describe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../../support/browser';
import { startHost, type TestHost, type TestHostOptions } from '../../support/start-host';

export interface HostAndBrowser {
  /** Set in beforeAll: read it inside hooks and tests. */
  host: TestHost;
  browser: Browser;
  /** A fresh phone (its own cookies and storage), closed with the suite. */
  phone(): Promise<Page>;
  /** The same, with its context, for tests that take the network away or read its storage. */
  newPhone(): Promise<{ context: BrowserContext; page: Page }>;
}

export function hostAndBrowser(options: TestHostOptions = { engine: 'sqlite' }): HostAndBrowser {
  const contexts: BrowserContext[] = [];
  const suite: HostAndBrowser = {
    host: undefined as unknown as TestHost,
    browser: undefined as unknown as Browser,
    async newPhone() {
      const context = await suite.browser.newContext(PHONE);
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async phone() {
      return (await suite.newPhone()).page;
    },
  };

  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.host = await startHost(options);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await suite.browser?.close();
    await suite.host?.stop();
  });

  return suite;
}
