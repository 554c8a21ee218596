export { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../contracts/audit-actions.ts';
export {
  createAuditService,
  type AuditRecorder,
  type AuditService,
  type AuditSubject,
} from './audit.service.ts';
export { registerAuditRoutes } from './audit.routes.ts';
