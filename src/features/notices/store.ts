// Unread notice count for the 首页 badge. Null means "not known": the notices function has not landed yet,
// and an unknown count is shown as nothing rather than a guessed number.
import { create } from 'zustand';

interface NoticesState {
  unreadCount: number | null;
  setUnreadCount: (count: number | null) => void;
}

export const useNoticesStore = create<NoticesState>()((set) => ({
  unreadCount: null,
  setUnreadCount: (unreadCount) => set({ unreadCount }),
}));
