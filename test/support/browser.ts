// Headless Chromium for the end-to-end and accessibility suites (Debian's chromium, driven by playwright-core).
// Missing browser: CI fails loudly; elsewhere the suite is skipped with a line saying how to install it.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL_HINT = 'apt-get install chromium fonts-noto-cjk';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` for browser suites: runs when Chromium is there; in CI a missing browser is an error;
 * otherwise the suite is skipped and says how to install what is missing.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserAvailable() || process.env.CI === 'true') {
    describe(name, body);
    return;
  }
  process.stdout.write(`[skip] ${name}: no Chromium at ${CHROMIUM_PATH}. Install it with: ${INSTALL_HINT}\n`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable()) {
    const message = `No Chromium at ${CHROMIUM_PATH}. Install it with: ${INSTALL_HINT}`;
    if (process.env.CI === 'true') throw new Error(`${message} (CI=true: browser suites may not skip)`);
    throw new Error(message);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** The phone we test on: a 390×844 screen, Chinese locale. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  locale: 'zh-CN',
  deviceScaleFactor: 1,
  hasTouch: true,
  isMobile: true,
} as const;
