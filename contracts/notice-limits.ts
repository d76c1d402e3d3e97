// The notices' size limits, shared by the contract (zod) and the front end's text boxes. No zod here.
export const NOTICE_TITLE_MAX = 100;
export const NOTICE_BODY_MAX = 10_000;
