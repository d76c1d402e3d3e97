// The app pages this function's messages and links lead to (from the one table in contracts/pages.ts).
import { PAGES } from '../../../contracts/pages';

export const RECORDS_PAGE = PAGES.volunteer.records;
export const POST_PAGE = PAGES.volunteer.post;
export const CERTIFICATE_PAGE = PAGES.volunteer.certificate;
