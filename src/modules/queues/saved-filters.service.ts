import type { Executor } from '../../db/executor.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import {
  queueFilterText,
  type QueueFilterText,
  type QueueViewKey,
  type SavedFilterInput,
  type SavedFilterView,
} from '../../contracts/queues.schemas.ts';
import { requireView } from './queue-filter.ts';
import { createQueuesRepository, type SavedFilterRecord } from './queues.repository.ts';

/** Enough for every queue's usual narrowings; a longer list is a sign of filters never cleaned up. */
export const SAVED_FILTERS_PER_USER = 100;

/** Each person's saved queue filters (常用筛选), kept on the server so they follow the person between desks. */
export function createSavedFiltersService(deps: { db: Executor; clock: Clock }) {
  /** API tokens of the platform itself have no user to own a filter. */
  function ownerOf(actor: Actor): number {
    if (actor.userId === null) throw new AppError('FORBIDDEN', '系统身份不能保存筛选条件');
    return actor.userId;
  }

  return {
    async list(actor: Actor): Promise<SavedFilterView[]> {
      const rows = await createQueuesRepository(deps.db).savedFiltersOf(ownerOf(actor));
      return rows.map(view);
    },

    /** The filter is stored as URL text, validated by the same schema as the queue's query. */
    async save(actor: Actor, input: SavedFilterInput): Promise<SavedFilterView> {
      const userId = ownerOf(actor);
      requireView(actor, input.view);
      const repository = createQueuesRepository(deps.db);
      if ((await repository.countSavedFilters(userId)) >= SAVED_FILTERS_PER_USER)
        throw new AppError('SAVED_FILTER_LIMIT', `每人至多保存 ${SAVED_FILTERS_PER_USER} 个筛选条件`);
      try {
        const id = await repository.insertSavedFilter({
          user_id: userId,
          name: input.name,
          view: input.view,
          filter: JSON.stringify(queueFilterText(input.filter)),
          created_at: deps.clock.now().toISOString(),
        });
        return view((await repository.findSavedFilter(id))!);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new AppError('SAVED_FILTER_NAME_TAKEN', `已有名为“${input.name}”的筛选条件`, {
            field: 'name',
          });
        throw error;
      }
    },

    /** Only its owner deletes a filter; another person's filter is answered as not found. */
    async remove(actor: Actor, id: number): Promise<void> {
      const deleted = await createQueuesRepository(deps.db).deleteSavedFilter(id, ownerOf(actor));
      if (deleted === 0) throw new AppError('SAVED_FILTER_NOT_FOUND', `筛选条件 ${id} 不存在`, { id });
    },
  };
}

function view(record: SavedFilterRecord): SavedFilterView {
  return {
    id: record.id,
    name: record.name,
    view: record.view as QueueViewKey,
    filter: JSON.parse(record.filter) as QueueFilterText,
    createdAt: record.createdAt,
  };
}

export type SavedFiltersService = ReturnType<typeof createSavedFiltersService>;
