// The app pages this function's messages lead to (from the one table in contracts/pages.ts).
import { PAGES } from '../../../contracts/pages';

export const CASE_PAGE = PAGES.casework.case;
