// Consent to the talent pool: dated, good for two years, withdrawn in one tap. Only a consent in force makes a
// person a candidate; an old one is asked again by the job (jobs/handlers.ts) a month before it runs out.
import { CONSENT_YEARS, type ConsentState, type ConsentView } from '../../../../contracts/talent';

const DAY_MS = 86_400_000;
/** The renewal message goes out this long before the consent runs out, so nobody drops out of the pool unasked. */
export const ASK_BEFORE_DAYS = 30;

export interface ConsentFacts {
  consent_at: string | null;
  withdrawn_at: string | null;
  consent_asked_at?: string | null;
}

/** The moment a consent given at `givenAt` runs out: the same calendar day two years on. */
export function consentUntil(givenAt: string): Date {
  const d = new Date(givenAt);
  d.setUTCFullYear(d.getUTCFullYear() + CONSENT_YEARS);
  return d;
}

/** The oldest consent still in force at `now` (a consent given after it is active): for a query's where-clause. */
export function oldestActiveConsent(now: Date): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - CONSENT_YEARS);
  return d.toISOString();
}

export function consentState(p: ConsentFacts, now: Date): ConsentState {
  if (p.withdrawn_at !== null) return 'withdrawn';
  if (p.consent_at === null) return 'none';
  return consentUntil(p.consent_at).getTime() > now.getTime() ? 'active' : 'expired';
}

export function consentView(p: ConsentFacts, now: Date): ConsentView {
  return {
    state: consentState(p, now),
    givenAt: p.consent_at,
    until: p.consent_at === null ? null : consentUntil(p.consent_at).toISOString(),
    withdrawnAt: p.withdrawn_at,
  };
}

/** Latest consent date the renewal job asks about at `now` (consent given on or before it runs out within a month). */
export function askConsentGivenBefore(now: Date): string {
  return oldestActiveConsent(new Date(now.getTime() + ASK_BEFORE_DAYS * DAY_MS));
}

/** Whether the renewal message is due: a consent not withdrawn, running out within a month, not yet asked about. */
export function shouldAskAgain(p: ConsentFacts, now: Date): boolean {
  if (p.withdrawn_at !== null || p.consent_at === null) return false;
  if (p.consent_asked_at && p.consent_asked_at >= p.consent_at) return false;
  return p.consent_at <= askConsentGivenBefore(now);
}
