// What a 朗读 speaker does, whichever way it speaks (the browser's voice, or the server's audio).
export interface SpeakerEvents {
  onStarted(): void;
  onEnded(): void;
  /** A sentence for the person: why nothing can be heard. */
  onFailed(message: string): void;
}

export interface Speaker {
  start(): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
}
