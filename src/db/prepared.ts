import { CompiledQuery, type Compilable } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * A query built and compiled by Kysely once per shape, then run with new parameter values.
 *
 * Building and compiling a Kysely query costs more than SQLite takes to run most of ours; on the hot paths
 * (every command loads and saves a ticket) the same shapes recur with other values. The query is built once
 * with stand-in values, their positions among the compiled parameters are noted, and later calls fill those
 * positions. Shapes that vary (the set of columns an UPDATE changes) are told apart by `shape`, which the
 * builder receives as it is (only the other arguments are stood in for).
 */
export function preparedQuery<Args extends unknown[]>(
  build: (db: Executor, shape: string, ...args: Args) => Compilable,
) {
  const cache = new Map<string, { sql: string; slots: (number | { value: unknown })[] }>();
  return async <Row>(db: Executor, shape: string, ...args: Args) => {
    // The SQL differs between dialects: SQLite and PostgreSQL each get their own compiled text.
    const key = `${db.getExecutor().adapter.constructor.name}|${shape}`;
    let entry = cache.get(key);
    if (!entry) {
      const stand = args.map((_, index) => `\u0000prepared-${index}\u0000`) as unknown as Args;
      const compiled = build(db, shape, ...stand).compile();
      entry = {
        sql: compiled.sql,
        slots: compiled.parameters.map((value) => {
          const index = typeof value === 'string' ? stand.indexOf(value as never) : -1;
          return index >= 0 ? index : { value };
        }),
      };
      cache.set(key, entry);
    }
    const parameters = entry.slots.map((slot) => (typeof slot === 'number' ? args[slot] : slot.value));
    return db.executeQuery<Row>(CompiledQuery.raw(entry.sql, parameters));
  };
}
