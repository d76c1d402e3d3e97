// Where the H5 session token is kept on the device: session-storage.ts (the app) and the lean scan landing (a page
// without the app, src/features/audiobooks/lean) read the same one.
export const TOKEN_KEY = 'session.token';
