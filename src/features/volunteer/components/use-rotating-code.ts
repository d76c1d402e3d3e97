// The current 动态打卡码 of a post, refreshed every 30 s while the screen is open. Shared by both platforms' views
// (rotating-code-view.tsx and its .h5 twin), which cannot import each other: in the H5 build `./rotating-code-view`
// is the .h5 file itself.
import { useEffect, useState } from 'react';
import type { RotatingCode } from '../../../../contracts/volunteer';
import { messageOf } from '../../../lib/api-error';
import { getRotatingCode } from '../api/get-rotating-code';

const REFRESH_MS = 30_000;

export function useRotatingCode(postId: number): { code: RotatingCode | null; problem: string | null } {
  const [code, setCode] = useState<RotatingCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      getRotatingCode(postId).then(
        (c) => alive && (setCode(c), setProblem(null)),
        (e: unknown) => alive && setProblem(messageOf(e)),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [postId]);
  return { code, problem };
}
