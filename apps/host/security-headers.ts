// Security headers on every answer of the host (helmet): what the H5 app may load, who may frame it, no MIME
// sniffing, and how much of our URLs other sites see. The H5 build (dist/h5) loads nothing from elsewhere.
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Referer to other sites carries the origin only, so a QR scene in our URL never leaves the host. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Webpack chunks from our origin only: no inline script, no eval (the build needs neither).
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // Taro's H5 runtime and its components set style attributes and add <style> elements while running.
  'style-src': ["'self'", "'unsafe-inline'"],
  // QR posters are PNGs under /media; 扫一扫 reads a chosen photo through a blob: URL; icons may be data: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // No one may put the app in a frame (clickjacking); X-Frame-Options says the same to older browsers.
  'frame-ancestors': ["'none'"],
};

export const HELMET_OPTIONS: HelmetOptions = {
  // useDefaults off: helmet's defaults add upgrade-insecure-requests, which breaks the host on a plain-HTTP LAN address.
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: REFERRER_POLICY },
  // HSTS belongs to whoever terminates TLS in front of the host; sent over plain HTTP it would only mislead.
  strictTransportSecurity: false,
};

/**
 * The headers helmet sets, worked out once at start: they are the same for every answer (no nonces), and running
 * helmet's middleware per request cost the hot path measurably (account.me throughput).
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

/**
 * For JSON answers (every /api answer, and answers written before a request reaches a route: a URL that does not
 * decode, bytes that are not HTTP): a policy that loads nothing, since nothing in a JSON answer is ever rendered;
 * framing refused by that policy's frame-ancestors (every browser that can run the app honours it, so the page's
 * X-Frame-Options adds nothing here); no sniffing; never stored. No Referrer-Policy: a JSON answer has no links and
 * loads nothing, so it never sends a Referer. Three headers instead of the page's eleven: they ride on the hottest
 * path, and each line costs the host and the client on every call (issue 19: two fewer lines measured).
 */
export const ERROR_ANSWER_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Every answer names its request's trace id, so a retiree's "编号" finds the log lines. */
export const TRACE_HEADER = 'x-trace-id';

/**
 * The page policy with more script sources allowed: the lean scan landing's inline script by its hash
 * (scan-landing-route.ts). Never 'unsafe-inline': only that exact script runs.
 */
export function pageSecurityPolicy(scriptSources: string[]): string {
  const directives = {
    ...CONTENT_SECURITY_POLICY,
    'script-src': [...CONTENT_SECURITY_POLICY['script-src'], ...scriptSources],
  };
  return securityHeaders({ ...HELMET_OPTIONS, contentSecurityPolicy: { useDefaults: false, directives } })[
    'content-security-policy'
  ];
}
