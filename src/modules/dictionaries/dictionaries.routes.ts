import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dictionariesContract as c } from '../../contracts/dictionaries.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { DictionariesService } from './dictionaries.service.ts';

export function registerDictionaryRoutes(
  instance: FastifyInstance,
  services: { dictionaries: DictionariesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(c.listDictionaries.path, routeOptions(c.listDictionaries), async (request) =>
    services.dictionaries.list(actorOf(request)),
  );

  app.get(c.getDictionary.path, routeOptions(c.getDictionary), async (request) =>
    services.dictionaries.get(actorOf(request), request.params.dictionary),
  );

  app.put(c.saveDictionaryAlias.path, routeOptions(c.saveDictionaryAlias), async (request) =>
    services.dictionaries.saveAlias(actorOf(request), request.params.dictionary, request.body),
  );

  app.delete(c.deleteDictionaryAlias.path, routeOptions(c.deleteDictionaryAlias), async (request) =>
    services.dictionaries.deleteAlias(actorOf(request), request.params.dictionary, request.params.alias),
  );
}
