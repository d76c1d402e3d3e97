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
  /** Down, unreachable or out of connections: nothing the person did, and trying later can work. */
  databaseUnavailable: () => new AppError('DATABASE_UNAVAILABLE', '服务暂时连不上数据库，请稍后再试。'),
  /** The deployment skipped its migration step: waiting will not help until someone runs it. */
  schemaOutdated: () => new AppError('SCHEMA_OUTDATED', '系统还没有升级完成，暂时用不了。请告诉工作人员。'),
};
