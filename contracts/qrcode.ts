// The qrcode function: make a QR code for something scannable, and resolve a scanned scene to what it is.
import { z } from 'zod';
import type { BookSummary, Chapter } from './audiobooks';
import { id } from './fields';
import type { PersonalCardScene } from './timebank';

/** Public things: the scene is a plain id, never expires, and grants nothing by itself. */
export const PLAIN_SCENE_TYPES = ['book', 'chapter', 'event', 'post'] as const;
/** Scenes that grant something: signed and expiring, consumed only by the action they grant (see `consumedBy`). */
export const SIGNED_SCENE_TYPES = ['attendance', 'checkin', 'invitation'] as const;
/**
 * Signed but never expiring: the scene names something only its printed paper should open (a 志愿服务证明), so it
 * carries an HMAC over prefix and id, yet the paper must keep verifying for years. Grants nothing. An elder's time-bank
 * card (`personalCard`) is the same for life unless reported lost; the helper's scans of it are timebank.checkIn/checkOut.
 * A 服务时间证明's printed code (`timebankCertificate`) is a certificate's, of the time bank's table.
 */
export const SEALED_SCENE_TYPES = ['certificate', 'personalCard', 'timebankCertificate'] as const;
export const SCENE_TYPES = [...PLAIN_SCENE_TYPES, ...SIGNED_SCENE_TYPES, ...SEALED_SCENE_TYPES] as const;
export type PlainSceneType = (typeof PLAIN_SCENE_TYPES)[number];
export type SignedSceneType = (typeof SIGNED_SCENE_TYPES)[number];
export type SealedSceneType = (typeof SEALED_SCENE_TYPES)[number];
export type SceneType = (typeof SCENE_TYPES)[number];

/** What `qrcode.create` makes codes for. */
export const QR_TYPES = ['book', 'chapter', 'invitation', 'event', 'attendance', 'post', 'checkin'] as const;
export type QrType = (typeof QR_TYPES)[number];

export const createQrInput = z
  .object({
    type: z.enum(QR_TYPES, { errorMap: () => ({ message: '不能为这种内容生成二维码。' }) }),
    id: id('编号'),
  })
  .strict();

/** A scanned scene as the client got it: WeChat hands it over URL-encoded, H5 already decoded; a stray % is kept. */
export const sceneField = z
  .string({ required_error: '缺少二维码内容。', invalid_type_error: '这个二维码无法识别。' })
  .max(200, '这个二维码无法识别。')
  .transform((s) => {
    try {
      return decodeURIComponent(s.trim());
    } catch {
      return s;
    }
  });

export const resolveQrInput = z.object({ scene: sceneField }).strict();

export interface QrCode {
  type: QrType;
  /** The book, chapter or invitation the code names. */
  id: number;
  scene: string;
  /** What the QR encodes: the H5 scan URL in the host; in WeChat the mini-program page with the scene. */
  url: string;
  /** The QR image: a host path (/media/qr/….png) or a cloud:// file id. */
  image: string;
  /** Signed codes (invitations) stop working then; plain codes never expire. */
  expiresAt?: string;
}

/** A book or chapter code: what the scan page needs to start playing, in one round trip on 3G. */
export interface ListenScene<T extends 'book' | 'chapter' = 'book' | 'chapter'> {
  type: T;
  available: true;
  id: number;
  /** The book to open, for both books and chapters. */
  bookId: number;
  chapterId?: number;
  title: string;
  book: BookSummary;
  chapters: Chapter[];
}

/**
 * An invitation code. `resolve` checks its signature and expiry only: it neither redeems it nor says whom it is
 * for — the scan page asks the person to accept, and `account.redeemInvite({ scene })` does the rest.
 */
export interface InvitationScene {
  type: 'invitation';
  available: true;
  id: number;
  expiresAt: string;
  consumedBy: 'account.redeemInvite';
  /** What the scan page says about it, in one sentence. */
  message: string;
}

/** An event's printed code: the scan page opens the event's page. */
export interface EventScene {
  type: 'event';
  available: true;
  id: number;
  title: string;
  startAt: string;
  message: string;
}

/** An event's attendance code (signed, from an hour before the start to the end); `events.attend({ scene })` marks 已签到. */
export interface AttendanceScene {
  type: 'attendance';
  available: true;
  id: number;
  title: string;
  startAt: string;
  expiresAt: string;
  consumedBy: 'events.attend';
  message: string;
}

/** A service post's printed code: public, opens the post's page (where, when open, shifts to join). */
export interface PostScene {
  type: 'post';
  available: true;
  id: number;
  name: string;
  address: string;
}

/**
 * A check-in code (printed at a geo post, or rotating on the manager's phone). `resolve` checks its signature and
 * expiry only; `volunteer.checkIn({ scene, lat, lng, accuracy })` does the rest.
 */
export interface CheckInScene {
  type: 'checkin';
  available: true;
  id: number;
  expiresAt: string;
  consumedBy: 'volunteer.checkIn';
  message: string;
}

/**
 * A certificate's printed code (sealed scene `z.<id>.<signature>`, a time-bank one's `h.<id>.<signature>`): the
 * certificate's number and the signature the verify page checks, so the scan page shows that page's verdict. Only
 * the holder of the paper's code learns them.
 */
export interface CertificateScene<T extends 'certificate' | 'timebankCertificate' = 'certificate'> {
  type: T;
  available: true;
  id: number;
  number: string;
  sig: string;
}

/** A scene whose domain is not open yet: the scan page shows the sentence and offers the way home. */
export interface UnavailableScene<T extends SceneType> {
  type: T;
  available: false;
  id: number;
  message: string;
}

/** What a scanned scene is; the scan page switches on `type` and routes each to its page. */
export type ResolvedScene =
  | ListenScene<'book'>
  | ListenScene<'chapter'>
  | InvitationScene
  | EventScene
  | AttendanceScene
  | UnavailableScene<'event'>
  | UnavailableScene<'attendance'>
  | PostScene
  | CheckInScene
  | CertificateScene
  | CertificateScene<'timebankCertificate'>
  | PersonalCardScene;

/** The answer for one scene type. */
export type ResolvedSceneOf<T extends SceneType> = Extract<ResolvedScene, { type: T }>;

export interface QrcodeApi {
  create: { input: z.input<typeof createQrInput>; output: QrCode };
  resolve: { input: z.input<typeof resolveQrInput>; output: ResolvedScene };
}
