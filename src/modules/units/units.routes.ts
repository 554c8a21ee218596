import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES } from '../../domain/access/roles.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UnitsService } from './units.service.ts';
import { defaultPeerGroup, UNIT_KIND_LABELS, type UnitKind } from '../../domain/organisation/unit-kind.ts';
import { actorOf } from '../../http/auth.ts';
import { AppError } from '../../shared/errors.ts';
import type { UnitRecord } from './units.repository.ts';
import {
  SaveUnitInput,
  UnitCodeParams,
  UnitImportQuery,
  UnitImportResultView,
  UnitView,
} from './units.schemas.ts';

function present(unit: UnitRecord): z.infer<typeof UnitView> {
  const kind = unit.kind as UnitKind;
  return {
    code: unit.code,
    name: unit.name,
    parentCode: unit.parentCode,
    kind: unit.kind,
    kindLabel: UNIT_KIND_LABELS[kind] ?? unit.kind,
    peerGroup: defaultPeerGroup(kind),
    depth: unit.depth,
    active: unit.active,
  };
}

const UNITS_FILE_LIMIT = 10 * 1024 * 1024;

export function registerUnitRoutes(instance: FastifyInstance, services: { units: UnitsService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织机构 units'];

  app.get(
    '/api/units',
    { schema: { tags, summary: '单位树（按路径排序）', response: { 200: z.array(UnitView) } } },
    async () => (await services.units.listUnits()).map(present),
  );

  app.get(
    '/api/units/:code',
    { schema: { tags, summary: '单位详情', params: UnitCodeParams, response: { 200: UnitView } } },
    async (request) => present(await services.units.getUnit(request.params.code)),
  );

  app.put(
    '/api/units/:code',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '新建或修改单位',
        params: UnitCodeParams,
        body: SaveUnitInput,
        response: { 200: UnitView },
      },
    },
    async (request) =>
      present(
        await services.units.saveUnit(actorOf(request), { code: request.params.code, ...request.body }),
      ),
  );

  app.post(
    '/api/units/import',
    {
      config: { roles: ADMIN_ROLES },
      // A units file is a few thousand rows at most; tickets and calls have the streaming import routes.
      bodyLimit: UNITS_FILE_LIMIT,
      schema: {
        tags,
        summary: '导入单位（CSV 或 XLSX 文件作为请求体）',
        description:
          'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream',
        querystring: UnitImportQuery,
        response: { 200: UnitImportResultView },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      }
      return services.units.importUnits(actorOf(request), request.body, request.query.fileName);
    },
  );
}
