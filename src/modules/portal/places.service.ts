import { inTransaction, type Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { writeTableFile } from '../../shared/table-file.ts';
import type { PlaceImportResult, PlaceView } from '../../contracts/places.schemas.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { ImportSource } from '../imports/index.ts';
import type { UnitsService } from '../units/index.ts';
import { placeInitials } from './place-initials.ts';
import { parsePlaceFile, PLACE_COLUMNS, type PlaceRow } from './place-rows.ts';
import { DISTRICT_KINDS } from './portal.service.ts';
import { createPortalRepository, type PortalPlaceRow } from './portal.repository.ts';

function requireAdmin(actor: Actor, what: string): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', `只有系统管理员可以${what}`);
}

const same = (stored: PortalPlaceRow, row: PlaceRow) =>
  stored.district_code === row.districtCode &&
  (stored.lat === null ? null : Number(stored.lat)) === row.lat &&
  (stored.long === null ? null : Number(stored.long)) === row.long &&
  (stored.active === 1) === row.active;

/**
 * The portal's places, kept by administrators as a spreadsheet: export, edit, import. A place is named by its
 * name and address together (two 人民广场 in different streets are two places); a re-import updates their
 * district, position and state, and a row with 状态 停用 takes a place off the portal without deleting it
 * (appeals that chose it keep their text).
 */
export function createPlacesService(deps: {
  db: Executor;
  units: Pick<UnitsService, 'directory'>;
  audit: AuditRecorder;
}) {
  async function districts() {
    const directory = await deps.units.directory();
    const district = (code: string | null) => {
      const unit = code ? directory.get(code) : undefined;
      return unit && DISTRICT_KINDS.has(unit.kind) ? unit : undefined;
    };
    return {
      nameOf: (code: string | null) => district(code)?.name ?? null,
      lookup: (text: string) => {
        const unit = directory.resolve(text);
        return unit && unit.active && DISTRICT_KINDS.has(unit.kind) ? unit.code : undefined;
      },
    };
  }

  const view = (row: PortalPlaceRow, nameOf: (code: string | null) => string | null): PlaceView => ({
    id: Number(row.id),
    name: row.name,
    initials: row.initials,
    address: row.address,
    districtCode: row.district_code,
    districtName: nameOf(row.district_code),
    lat: row.lat === null ? null : Number(row.lat),
    long: row.long === null ? null : Number(row.long),
    active: row.active === 1,
  });

  return {
    async list(
      actor: Actor,
      query: {
        q?: string | undefined;
        district?: string | undefined;
        includeInactive: boolean;
        page: number;
        pageSize: number;
      },
    ) {
      requireAdmin(actor, '维护地点');
      const { rows, total } = await createPortalRepository(deps.db).listPlaces(query, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const { nameOf } = await districts();
      return {
        items: rows.map((row) => view(row, nameOf)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async importFile(actor: Actor, source: ImportSource, fileName?: string): Promise<PlaceImportResult> {
      requireAdmin(actor, '导入地点');
      const { lookup } = await districts();
      const rows = await parsePlaceFile(source, lookup, fileName);
      return inTransaction(deps.db, async (trx) => {
        const repo = createPortalRepository(trx);
        const stored = new Map((await repo.allPlaces()).map((p) => [`${p.name}\u0000${p.address}`, p]));
        const result = { created: 0, updated: 0, unchanged: 0 };
        const fresh: PlaceRow[] = [];
        for (const row of rows) {
          const existing = stored.get(`${row.name}\u0000${row.address}`);
          if (!existing) fresh.push(row);
          else if (same(existing, row)) result.unchanged += 1;
          else {
            await repo.updatePlace(Number(existing.id), {
              district_code: row.districtCode,
              lat: row.lat,
              long: row.long,
              active: row.active ? 1 : 0,
            });
            result.updated += 1;
          }
        }
        await repo.insertPlaces(
          fresh.map((row) => ({
            name: row.name,
            initials: placeInitials(row.name),
            address: row.address,
            district_code: row.districtCode,
            lat: row.lat,
            long: row.long,
            active: row.active ? 1 : 0,
          })),
        );
        result.created = fresh.length;
        await deps.audit.record(trx, actor, {
          action: 'place.imported',
          targetType: 'import',
          details: { fileName: fileName ?? null, rows: rows.length, ...result },
        });
        return result;
      });
    },

    /** Every place (retired ones too) as the file the import reads back. */
    async exportFile(actor: Actor, format: 'csv' | 'xlsx') {
      requireAdmin(actor, '导出地点');
      const { nameOf } = await districts();
      const rows = await createPortalRepository(deps.db).allPlaces();
      await deps.audit.record(deps.db, actor, {
        action: 'place.exported',
        targetType: 'export',
        details: { rows: rows.length, format },
      });
      return writeTableFile(
        {
          sheetName: '地点',
          headers: PLACE_COLUMNS.map((column) => column.header),
          rows: rows.map((row) => [
            row.name,
            row.address,
            nameOf(row.district_code) ?? row.district_code ?? '',
            row.lat === null ? '' : Number(row.lat),
            row.long === null ? '' : Number(row.long),
            row.active === 1 ? '启用' : '停用',
          ]),
          widths: [24, 36, 14, 12, 12, 8],
          freezeHeader: true,
        },
        format,
      );
    },
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
