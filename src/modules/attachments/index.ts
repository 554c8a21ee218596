// The attachments module's surface: files kept as evidence on tickets and knowledge-base articles, their
// limits, and the store the bytes live in (disk by default, replaceable by object storage).
export {
  createAttachmentsService,
  DEFAULT_ATTACHMENT_LIMITS,
  type AttachmentsService,
  type AttachmentLimits,
  type AttachmentOwners,
  type OwnerAccess,
} from './attachments.service.ts';
export { createDiskAttachmentStore, type AttachmentStore } from './attachment-store.ts';
export { ATTACHMENTS_ERRORS } from './attachments.errors.ts';
export { registerAttachmentRoutes } from './attachments.routes.ts';
