import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inTransaction, type Executor } from '../../db/executor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { AttachmentOwnerKind, AttachmentView } from '../../contracts/attachments.schemas.ts';
import type { AttachmentStore } from './attachment-store.ts';
import { createAttachmentsRepository, type AttachmentRow } from './attachments.repository.ts';
import { ACCEPTED_KINDS_TEXT, cleanFileName, detectAcceptedType, opensInline } from './file-kinds.ts';

/** Who may read or add files of one owner: the owning module's own scope rules, handed in by the app. */
export interface OwnerAccess {
  assertReadable(actor: Actor, id: number): Promise<void>;
  assertAttachable(actor: Actor, id: number): Promise<void>;
}
export type AttachmentOwners = Record<AttachmentOwnerKind, OwnerAccess>;

export interface AttachmentLimits {
  /** Bytes per file (ATTACHMENT_MAX_MB) */
  maxBytes: number;
  /** Files in force per ticket or article: evidence, not an archive */
  maxFiles: number;
}
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: 20 * 1024 * 1024, maxFiles: 30 };

/** An upload already written to a private temporary file by the HTTP layer. */
export interface UploadedFile {
  path: string;
  bytes: number;
}

function present(row: AttachmentRow): AttachmentView {
  return {
    id: Number(row.id),
    ownerKind: row.owner_kind as AttachmentOwnerKind,
    ownerId: Number(row.owner_id),
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    note: row.note,
    uploadedBy: row.uploader_name,
    uploaderUnitCode: row.uploader_unit_code,
    uploadedAt: row.uploaded_at,
    withdrawnAt: row.withdrawn_at,
    contentUrl: `/api/attachments/${Number(row.id)}/content`,
  };
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export function createAttachmentsService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  store: AttachmentStore;
  owners: AttachmentOwners;
  limits?: Partial<AttachmentLimits>;
}) {
  const limits = { ...DEFAULT_ATTACHMENT_LIMITS, ...deps.limits };
  const repository = createAttachmentsRepository(deps.db);
  const limitsView = () => ({ ...limits, accepted: ACCEPTED_KINDS_TEXT });

  async function findReadable(actor: Actor, id: number): Promise<AttachmentRow> {
    const row = await repository.find(id);
    if (!row) throw new AppError('ATTACHMENT_NOT_FOUND', `附件 ${id} 不存在`);
    // Out of the owner's scope looks the same as absent: ids are not a way to probe other units' files.
    try {
      await deps.owners[row.owner_kind as AttachmentOwnerKind].assertReadable(actor, Number(row.owner_id));
    } catch (error) {
      if (error instanceof AppError && error.code !== 'VALIDATION_FAILED')
        throw new AppError('ATTACHMENT_NOT_FOUND', `附件 ${id} 不存在`);
      throw error;
    }
    return row;
  }

  return {
    limits: limitsView,

    /**
     * Keeps one file of a ticket or an article. The type is read from the bytes; the bytes are stored under
     * their digest before the record is written, so a failure leaves at most an unreferenced file, never a
     * record without its bytes.
     */
    async upload(
      actor: Actor,
      owner: { kind: AttachmentOwnerKind; id: number },
      file: UploadedFile,
      meta: { fileName: string; note?: string | undefined },
    ): Promise<AttachmentView> {
      await deps.owners[owner.kind].assertAttachable(actor, owner.id);
      const fileName = cleanFileName(meta.fileName);
      if (!fileName) throw new AppError('VALIDATION_FAILED', '文件名不能为空', { field: 'fileName' });
      if (file.bytes === 0) throw new AppError('VALIDATION_FAILED', '文件为空', { field: 'body' });
      if (file.bytes > limits.maxBytes)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `文件超过 ${Math.round(limits.maxBytes / 1024 / 1024)} MB 的上限`,
          {
            field: 'body',
            limit: limits.maxBytes,
          },
        );
      if ((await repository.countLive(owner.kind, owner.id)) >= limits.maxFiles)
        throw new AppError('ATTACHMENT_LIMIT_REACHED', `每件最多 ${limits.maxFiles} 个附件`, {
          limit: limits.maxFiles,
        });
      const mediaType = await detectAcceptedType(file.path, fileName);
      const sha256 = await sha256Of(file.path);
      await deps.store.put(sha256, file.path);
      const row = await inTransaction(deps.db, async (trx) => {
        const saved = await createAttachmentsRepository(trx).insert({
          ownerKind: owner.kind,
          ownerId: owner.id,
          fileName,
          mediaType,
          sizeBytes: file.bytes,
          sha256,
          note: meta.note?.trim() || null,
          uploadedBy: actor.userId,
          uploaderName: actor.displayName,
          uploaderUnitCode: actor.unitCode,
          uploadedAt: deps.clock.now().toISOString(),
        });
        await deps.audit.record(trx, actor, {
          action: 'attachment.added',
          targetType: owner.kind,
          targetId: owner.id,
          details: { attachmentId: Number(saved.id), fileName, mediaType, sizeBytes: file.bytes, sha256 },
        });
        return saved;
      });
      return present(row);
    },

    async list(actor: Actor, owner: { kind: AttachmentOwnerKind; id: number }) {
      await deps.owners[owner.kind].assertReadable(actor, owner.id);
      const rows = await repository.listFor(owner.kind, owner.id);
      return { items: rows.map(present), limits: limitsView() };
    },

    async content(
      actor: Actor,
      id: number,
    ): Promise<{ view: AttachmentView; stream: Readable; inline: boolean }> {
      const row = await findReadable(actor, id);
      if (!(await deps.store.has(row.sha256)))
        throw new AppError('ATTACHMENT_NOT_FOUND', `附件 ${id} 的文件内容缺失，请联系管理员`);
      return {
        view: present(row),
        stream: await deps.store.open(row.sha256),
        inline: opensInline(row.media_type),
      };
    },

    /** The uploader, or an administrator, takes a file back; the record and bytes stay for the audit. */
    async withdraw(actor: Actor, id: number, reason: string): Promise<AttachmentView> {
      const row = await findReadable(actor, id);
      if (row.uploaded_by !== actor.userId && !roleMayAdminister(actor.role))
        throw new AppError('FORBIDDEN', '只有上传人或管理员可以撤回附件');
      const at = deps.clock.now().toISOString();
      await inTransaction(deps.db, async (trx) => {
        if (!(await createAttachmentsRepository(trx).withdraw(id, actor.userId, at)))
          throw new AppError('ATTACHMENT_ALREADY_WITHDRAWN', '附件已被撤回');
        await deps.audit.record(trx, actor, {
          action: 'attachment.withdrawn',
          targetType: row.owner_kind,
          targetId: Number(row.owner_id),
          details: { attachmentId: id, fileName: row.file_name, reason },
        });
      });
      return present((await repository.find(id))!);
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
