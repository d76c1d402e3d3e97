// Who the admin library screens are for, and what anyone else reads there (the session gate shows it).
import type { ScopeRefusal } from '../../entities/session/components/session-gate';

export const LIBRARY_ADMINS_ONLY: ScopeRefusal = {
  scope: 'manageLibrary',
  title: '这里只给管理员用',
  message: '有声书管理和打印海报由老干部局的管理员来做。您如果需要，请联系管理员。',
};
