// The one reply shape every cloud function gives, shared by functions, host and front end.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'EVENT_FULL',
  'SHIFT_FULL',
  'ALREADY_CHECKED_IN',
  'QR_EXPIRED',
  'QR_INVALID',
  'INVITE_INVALID',
  'INVITE_EXPIRED',
  'INVITE_USED',
  'FAMILY_CODE_INVALID',
  'DEMO_ONLY',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'IDEMPOTENCY_MISMATCH',
  'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD_INCOMPLETE',
  'LINK_EXPIRED',
  'LINK_INVALID',
  // Domains (events, volunteer): each a refusal a person can act on, with the detail in its sentence.
  'SIGNUP_NOT_OPEN',
  'SIGNUP_CLOSED',
  'LOCATION_REQUIRED',
  'TOO_FAR',
  // Notices: 我已收到 on a notice that asks for no receipt; a second 提醒 on the same day.
  'RECEIPT_NOT_WANTED',
  'ALREADY_REMINDED',
  'ALREADY_SIGNED_UP',
  'EVENT_CANCELLED',
  'TERM_CAP_REACHED',
  'NOT_SIGNED_UP',
  'DRAW_NOT_DUE',
  'ALREADY_DRAWN',
  'ATTENDANCE_NOT_OPEN',
  'OUTSIDE_SHIFT',
  'NOT_CHECKED_IN',
  'OFFLINE_TOO_LATE',
  // 朗读 where the server makes no audio (WeChat cloud has no espeak-ng): the mini-program then speaks through WechatSI.
  'SPEECH_UNAVAILABLE',
  // The deployment, not the person: the database cannot be reached or is full; its schema is older than the code.
  'DATABASE_UNAVAILABLE',
  'SCHEMA_OUTDATED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Present on INTERNAL errors so a person can quote it to support; never a stack. */
  traceId?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** HTTP status that matches each code when a function is reached over HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EVENT_FULL: 409,
  SHIFT_FULL: 409,
  ALREADY_CHECKED_IN: 409,
  QR_EXPIRED: 410,
  QR_INVALID: 400,
  INVITE_INVALID: 400,
  INVITE_EXPIRED: 410,
  INVITE_USED: 409,
  FAMILY_CODE_INVALID: 400,
  DEMO_ONLY: 403,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  IDEMPOTENCY_MISMATCH: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UPLOAD_INCOMPLETE: 400,
  LINK_EXPIRED: 410,
  LINK_INVALID: 400,
  SIGNUP_NOT_OPEN: 409,
  SIGNUP_CLOSED: 409,
  LOCATION_REQUIRED: 400,
  TOO_FAR: 403,
  RECEIPT_NOT_WANTED: 409,
  ALREADY_REMINDED: 409,
  ALREADY_SIGNED_UP: 409,
  EVENT_CANCELLED: 409,
  TERM_CAP_REACHED: 409,
  NOT_SIGNED_UP: 409,
  DRAW_NOT_DUE: 409,
  ALREADY_DRAWN: 409,
  ATTENDANCE_NOT_OPEN: 409,
  OUTSIDE_SHIFT: 409,
  NOT_CHECKED_IN: 409,
  OFFLINE_TOO_LATE: 410,
  SPEECH_UNAVAILABLE: 501,
  DATABASE_UNAVAILABLE: 503,
  SCHEMA_OUTDATED: 503,
  INTERNAL: 500,
};
