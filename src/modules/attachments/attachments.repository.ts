import type { Selectable } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { AttachmentsTable } from '../../db/schema.ts';
import type { AttachmentOwnerKind } from '../../contracts/attachments.schemas.ts';

export type AttachmentRow = Selectable<AttachmentsTable>;

export interface NewAttachment {
  ownerKind: AttachmentOwnerKind;
  ownerId: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  note: string | null;
  uploadedBy: number | null;
  uploaderName: string;
  uploaderUnitCode: string;
  uploadedAt: string;
}

export function createAttachmentsRepository(db: Executor) {
  return {
    async insert(file: NewAttachment): Promise<AttachmentRow> {
      return db
        .insertInto('attachments')
        .values({
          owner_kind: file.ownerKind,
          owner_id: file.ownerId,
          file_name: file.fileName,
          media_type: file.mediaType,
          size_bytes: file.sizeBytes,
          sha256: file.sha256,
          note: file.note,
          uploaded_by: file.uploadedBy,
          uploader_name: file.uploaderName,
          uploader_unit_code: file.uploaderUnitCode,
          uploaded_at: file.uploadedAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    find(id: number): Promise<AttachmentRow | undefined> {
      return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
    },

    listFor(ownerKind: AttachmentOwnerKind, ownerId: number): Promise<AttachmentRow[]> {
      return db
        .selectFrom('attachments')
        .selectAll()
        .where('owner_kind', '=', ownerKind)
        .where('owner_id', '=', ownerId)
        .orderBy('id')
        .execute();
    },

    async countLive(ownerKind: AttachmentOwnerKind, ownerId: number): Promise<number> {
      const row = await db
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('owner_kind', '=', ownerKind)
        .where('owner_id', '=', ownerId)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async withdraw(id: number, by: number | null, at: string): Promise<boolean> {
      const result = await db
        .updateTable('attachments')
        .set({ withdrawn_at: at, withdrawn_by: by })
        .where('id', '=', id)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
