// An expected failure with a stable code and a message a retiree can read; anything else becomes INTERNAL.
import type { ErrorCode } from '../../contracts/envelope';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const fail = {
  validation: (message: string) => new AppError('VALIDATION', message),
  unauthenticated: (message = '请先登录，再使用这项功能。') => new AppError('UNAUTHENTICATED', message),
  forbidden: (message = '您没有权限做这件事。如有需要，请联系您的支部书记。') => new AppError('FORBIDDEN', message),
  notFound: (message: string) => new AppError('NOT_FOUND', message),
  conflict: (message: string) => new AppError('CONFLICT', message),
};
