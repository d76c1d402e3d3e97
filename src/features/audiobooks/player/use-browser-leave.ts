// Where the platform has no browser page events (the mini-program), Taro's own hide and unload are all there is.
// The H5 build takes use-browser-leave.h5.ts in place of this file.
export function useBrowserLeave(_onLeave: () => void): void {}
