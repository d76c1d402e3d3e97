// How the app's sound behaves on the phone, set once at start. In a browser there is nothing to set: the page's
// audio follows the phone. The mini-program takes audio-session.weapp.ts.

export function prepareAudioSession(): void {
  // Nothing to do outside WeChat.
}
