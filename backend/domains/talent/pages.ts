// The app pages this function's messages lead to (from the one table in contracts/pages.ts).
import { PAGES } from '../../../contracts/pages';

export const INVITATIONS_PAGE = PAGES.talent.invitations;
export const PROFILE_PAGE = PAGES.talent.profile;
export const MANAGE_PAGE = PAGES.talent.manage;
