// The visit check-in: a phone proves it is at a place by its code and its location. Volunteer check-in and
// check-out at a post use it today; the time bank's helper will scan an elder's personal code at arrival and
// departure next. The domain passes its place, how to find it and its own sentences; the order and the rules
// (one guess budget per person, a stale typed code told apart only online, the geofence) are the same for all.
import type { SignedSceneType } from '../rules/scenes';
import { readGrantingScene } from '../scan/read-scene';
import { AppError, fail } from '../runtime/app-error';
import type { Deps } from '../runtime/deps';
import type { RateLimit } from '../runtime/rate-limits';
import { sceneFitsMode, totpValidAt, TOTP_STEP_SECONDS } from './codes';
import { distanceWords, judgeLocation } from './geofence';
import type { CheckInModeName as CheckInMode } from '../../contracts/volunteer';

/** What a visit needs to know of the place checked in at (a volunteer post row has these columns). */
export interface VisitPlace {
  name: string;
  check_in_mode: CheckInMode;
  totp_secret: string;
  lat: number;
  lng: number;
  radius: number;
}

/** The code and location a phone sent: a signed scene or a place id with a typed code, and where it was. */
export interface VisitScan {
  scene?: string;
  postId?: number;
  code?: string;
  lat?: number;
  lng?: number;
  accuracy?: number;
}

/** A domain's part of a check-in: its scene kind, its places, its guess budget and its sentences. */
export interface VisitSite<P extends VisitPlace> {
  sceneType: SignedSceneType;
  find(id: number): Promise<P | null>;
  /** Every typed code a person tries draws on this one budget, whichever action carried it. */
  guessLimit: { name: string; limit: RateLimit };
  words: {
    /** A scene whose place is gone. */
    sceneNotFound: string;
    /** A typed place id that names none. */
    idNotFound: string;
    /** A long-lived scene offered at a place whose code rotates. */
    scanRotating(place: P): string;
    /** A typed code offered at a place with a printed code. */
    scanPrinted(place: P): string;
    /** A typed code that was right a few minutes ago (said online only). */
    typedStale: string;
    /** A typed code that is wrong. */
    typedWrong: string;
    /** No location at a place that requires one. */
    locationRequired(place: P, verb: string): string;
    /** Outside the place's radius, where that refuses. */
    tooFar(place: P, distance: string, verb: string): string;
  };
}

/**
 * The place a code opens and which code it was, as valid at `at`; refusals in the site's own words. Every typed
 * code draws on one budget per person before it is checked: a correct guess after the budget is spent is refused
 * like a wrong one. Offline, a stale code is simply wrong: telling "expired" apart would say which codes were valid
 * earlier, and an offline scan may claim any earlier time.
 */
export async function readCode<P extends VisitPlace>(
  scan: VisitScan,
  at: Date,
  offline: boolean,
  site: VisitSite<P>,
  deps: Pick<Deps, 'sceneKey' | 'limits'> & { personId: number },
): Promise<{ place: P; codeUsed: string; typedCode: boolean }> {
  if (scan.scene !== undefined) {
    const facts = readGrantingScene(scan.scene, site.sceneType, { sceneKey: deps.sceneKey, now: () => at });
    const place = await site.find(facts.id);
    if (!place) throw fail.notFound(site.words.sceneNotFound);
    if (!sceneFitsMode(place.check_in_mode, facts.expiresAt, at))
      throw new AppError('QR_INVALID', site.words.scanRotating(place));
    return { place, codeUsed: `scene:${scan.scene.split('.')[3]}`, typedCode: false };
  }
  const place = await site.find(scan.postId as number);
  if (!place) throw fail.notFound(site.words.idNotFound);
  if (place.check_in_mode !== 'rotating') throw new AppError('QR_INVALID', site.words.scanPrinted(place));
  const code = scan.code ?? '';
  await deps.limits.take(site.guessLimit.name, site.guessLimit.limit, `p:${deps.personId}`);
  if (!totpValidAt(place.totp_secret, code, at)) {
    // Online, a code from a few minutes ago is stale, anything else is wrong: each gets its own sentence.
    const stale =
      !offline &&
      [2, 3, 4, 5, 6, 7, 8, 9, 10].some((steps) =>
        totpValidAt(place.totp_secret, code, new Date(at.getTime() - steps * TOTP_STEP_SECONDS * 1000)),
      );
    if (stale) throw new AppError('QR_EXPIRED', site.words.typedStale);
    throw new AppError('QR_INVALID', site.words.typedWrong);
  }
  return { place, codeUsed: `totp:${Math.floor(at.getTime() / (TOTP_STEP_SECONDS * 1000))}`, typedCode: true };
}

/** Where the phone was: required at a geo place (within the radius), a recorded hint at a rotating one. */
export function judgeWhere<P extends VisitPlace>(
  place: P,
  scan: VisitScan,
  verb: string,
  words: Pick<VisitSite<P>['words'], 'locationRequired' | 'tooFar'>,
): { flags: string[]; location?: { lat: number; lng: number; accuracy: number | null } } {
  if (scan.lat === undefined || scan.lng === undefined) {
    if (place.check_in_mode === 'geo') throw new AppError('LOCATION_REQUIRED', words.locationRequired(place, verb));
    return { flags: [] };
  }
  const location = { lat: scan.lat, lng: scan.lng, accuracy: scan.accuracy ?? null };
  const verdict = judgeLocation({ lat: Number(place.lat), lng: Number(place.lng), radius: place.radius }, location);
  if (!verdict.ok && verdict.reason === 'out_of_range')
    throw fail.validation('手机报告的位置不对，请到室外开阔处重新定位后再试。');
  if (!verdict.ok) {
    if (place.check_in_mode === 'geo')
      throw new AppError('TOO_FAR', words.tooFar(place, distanceWords(verdict.metres), verb));
    return { flags: ['far_from_post'], location };
  }
  return { flags: verdict.poorAccuracy ? ['poor_accuracy'] : [], location };
}
