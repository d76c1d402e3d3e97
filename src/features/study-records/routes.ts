// The study screens (their own subpackage), named from the one page table.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const STUDY_ROUTES = PAGES.study;

export function openStudyPage(url: (typeof STUDY_ROUTES)[keyof typeof STUDY_ROUTES]): void {
  openPage(url);
}
