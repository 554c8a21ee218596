/** A refusal by the lifecycle rules; the service turns it into an AppError with the same code. */
export class LifecycleError extends Error {
  constructor(
    readonly code: LifecycleErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'LifecycleError';
  }
}

export type LifecycleErrorCode =
  | 'INVALID_TRANSITION'
  | 'ASSIGNMENT_NOT_FOUND'
  | 'ASSIGNMENT_NOT_OPEN'
  | 'NOT_LEAD_UNIT'
  | 'SEND_BACK_PENDING'
  | 'NO_SEND_BACK_PENDING'
  | 'EXTENSION_PENDING'
  | 'NO_EXTENSION_PENDING'
  | 'EXTENSION_NOT_LATER'
  | 'UNIT_NOT_BELOW'
  | 'DUPLICATE_UNIT'
  | 'MERGE_TARGET_INVALID'
  | 'SATISFACTION_REQUIRED'
  | 'SUPPORT_FEEDBACK_PENDING'
  | 'REOPEN_NEEDS_UNIT';
