import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { unitsContract as c } from '../../contracts/units.contract.ts';
import type { UnitView } from '../../contracts/units.schemas.ts';
import { defaultPeerGroup, UNIT_KIND_LABELS, type UnitKind } from '../../domain/organisation/unit-kind.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { AppError } from '../../shared/errors.ts';
import type { UnitRecord } from './units.repository.ts';
import type { UnitsService } from './units.service.ts';

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

  app.get(c.listUnits.path, routeOptions(c.listUnits), async () =>
    (await services.units.listUnits()).map(present),
  );

  app.get(c.getUnit.path, routeOptions(c.getUnit), async (request) =>
    present(await services.units.getUnit(request.params.code)),
  );

  app.put(c.saveUnit.path, routeOptions(c.saveUnit), async (request) =>
    present(await services.units.saveUnit(actorOf(request), { code: request.params.code, ...request.body })),
  );

  app.post(c.deactivateUnit.path, routeOptions(c.deactivateUnit), async (request) =>
    present(await services.units.setActive(actorOf(request), request.params.code, false)),
  );

  app.post(c.activateUnit.path, routeOptions(c.activateUnit), async (request) =>
    present(await services.units.setActive(actorOf(request), request.params.code, true)),
  );

  app.post(
    c.importUnits.path,
    // A units file is a few thousand rows at most; tickets and calls have the streaming import routes.
    { ...routeOptions(c.importUnits), bodyLimit: UNITS_FILE_LIMIT },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      }
      return services.units.importUnits(actorOf(request), request.body, request.query.fileName);
    },
  );
}
