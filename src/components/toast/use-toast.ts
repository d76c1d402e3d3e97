// Holds the one toast message a screen shows at a time.
import { useCallback, useState } from 'react';

export function useToast() {
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((text: string) => setMessage(text), []);
  const close = useCallback(() => setMessage(null), []);
  return { message, show, close };
}
