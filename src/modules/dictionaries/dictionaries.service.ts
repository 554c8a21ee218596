import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import { defaultAliasList } from '../../domain/dictionaries/default-aliases.ts';
import {
  DICTIONARY_ENTRIES,
  DICTIONARY_KEYS,
  DICTIONARY_LABELS,
  isDictionaryCode,
  isDictionaryKey,
  normalizeTerm,
  type DictionaryKey,
} from '../../domain/dictionaries/dictionaries.ts';
import { createDictionaryResolver, type DictionaryResolver } from '../../domain/dictionaries/resolver.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createDictionariesRepository } from './dictionaries.repository.ts';

/** One dictionary as the console shows it: every fixed entry with the aliases that point at it. */
export interface DictionaryView {
  key: DictionaryKey;
  label: string;
  entries: { code: string; label: string; aliases: string[] }[];
}

// Other processes may edit the aliases (a second server, the CLI): the cache is re-read after this long.
const RESOLVER_TTL_MS = 30_000;
// The key column's width (0006-dictionaries): NFKC may lengthen a spelling ('㍿' → '株式会社').
const MAX_TERM_LENGTH = 100;

function requireAdmin(actor: Actor): void {
  if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', '只有系统管理员可以维护字典别名');
}

function dictionaryOf(key: string): DictionaryKey {
  if (!isDictionaryKey(key))
    throw new AppError('DICTIONARY_NOT_FOUND', `字典 ${key} 不存在，应为：${DICTIONARY_KEYS.join('、')}`, {
      field: 'dictionary',
    });
  return key;
}

/** 'normal（一般）、urgent（紧急）、critical（特急）': what `code` may be. */
function codesOf(dictionary: DictionaryKey): string {
  return DICTIONARY_ENTRIES[dictionary].map((entry) => `${entry.code}（${entry.label}）`).join('、');
}

/**
 * The code lists' aliases (字典别名). The codes and labels are the platform's and never change here; an admin
 * adds, re-points and deletes the other spellings a city's files use, each change audited with it.
 */
export function createDictionariesService(deps: { db: Executor; clock: Clock; audit: AuditRecorder }) {
  let cached: { resolver: DictionaryResolver; loadedAt: number } | null = null;

  async function resolver(): Promise<DictionaryResolver> {
    if (cached && Date.now() - cached.loadedAt < RESOLVER_TTL_MS) return cached.resolver;
    const aliases = await createDictionariesRepository(deps.db).listAll();
    cached = { resolver: createDictionaryResolver(aliases), loadedAt: Date.now() };
    return cached.resolver;
  }

  function view(current: DictionaryResolver, dictionary: DictionaryKey): DictionaryView {
    return { key: dictionary, label: DICTIONARY_LABELS[dictionary], entries: current.entries(dictionary) };
  }

  /** The alias's key, or a 400 naming `alias` when it cannot point at `code`. */
  function checkedTerm(current: DictionaryResolver, dictionary: DictionaryKey, alias: string, code: string) {
    const name = DICTIONARY_LABELS[dictionary];
    if (!isDictionaryCode(dictionary, code))
      throw new AppError(
        'UNKNOWN_DICTIONARY_CODE',
        `「${name}」没有代码“${code}”，应为：${codesOf(dictionary)}`,
        {
          field: 'code',
        },
      );
    const problem = current.aliasProblem(dictionary, alias, code);
    if (problem?.kind === 'empty')
      throw new AppError('VALIDATION_FAILED', '别名不能为空', { field: 'alias' });
    if (problem?.kind === 'own')
      throw new AppError(
        'ALIAS_CONFLICTS',
        `“${alias}”已是「${name}」${problem.label}的名称，总会被接受，无需别名`,
        {
          field: 'alias',
          code: problem.code,
        },
      );
    if (problem?.kind === 'conflict')
      throw new AppError(
        'ALIAS_CONFLICTS',
        `别名“${alias}”与「${name}」${problem.label}（${problem.code}）的名称相同，不能指向其他代码`,
        { field: 'alias', code: problem.code },
      );
    const term = normalizeTerm(alias);
    if ([...term].length > MAX_TERM_LENGTH)
      throw new AppError('VALIDATION_FAILED', `别名不能超过 ${MAX_TERM_LENGTH} 个字符`, { field: 'alias' });
    return term;
  }

  return {
    /** Everyone who reads tickets needs the labels (the console shows them): any signed-in user may list. */
    async list(_actor: Actor): Promise<DictionaryView[]> {
      const current = await resolver();
      return DICTIONARY_KEYS.map((dictionary) => view(current, dictionary));
    },

    async get(_actor: Actor, key: string): Promise<DictionaryView> {
      return view(await resolver(), dictionaryOf(key));
    },

    /**
     * Adds an alias, or re-points the one with the same spelling (compared normalised) to `code`. Saving what is
     * already stored changes nothing and records nothing.
     */
    async saveAlias(
      actor: Actor,
      key: string,
      input: { alias: string; code: string },
    ): Promise<DictionaryView> {
      requireAdmin(actor);
      const dictionary = dictionaryOf(key);
      const term = checkedTerm(await resolver(), dictionary, input.alias, input.code);
      await inTransaction(deps.db, async (trx) => {
        const repository = createDictionariesRepository(trx);
        const before = await repository.find(dictionary, term);
        if (before?.code === input.code && before.alias === input.alias) return;
        if (before) await repository.update(dictionary, term, input.alias, input.code);
        else
          await repository.insert(
            { dictionary, term, alias: input.alias, code: input.code },
            deps.clock.now().toISOString(),
            actor.userId,
          );
        await deps.audit.record(trx, actor, {
          action: 'dictionary.aliasSaved',
          targetType: 'dictionary',
          targetId: dictionary,
          details: { alias: input.alias, code: input.code, previousCode: before?.code ?? null },
        });
      });
      cached = null;
      return view(await resolver(), dictionary);
    },

    /** Deletes the alias spelled `alias` (compared normalised, so '加 急' deletes '加急'). */
    async deleteAlias(actor: Actor, key: string, alias: string): Promise<DictionaryView> {
      requireAdmin(actor);
      const dictionary = dictionaryOf(key);
      const term = normalizeTerm(alias);
      await inTransaction(deps.db, async (trx) => {
        const repository = createDictionariesRepository(trx);
        const before = await repository.find(dictionary, term);
        if (!before)
          throw new AppError('ALIAS_NOT_FOUND', `「${DICTIONARY_LABELS[dictionary]}」没有别名“${alias}”`, {
            field: 'alias',
          });
        await repository.delete(dictionary, term);
        await deps.audit.record(trx, actor, {
          action: 'dictionary.aliasDeleted',
          targetType: 'dictionary',
          targetId: dictionary,
          details: { alias: before.alias, code: before.code },
        });
      });
      cached = null;
      return view(await resolver(), dictionary);
    },

    /** `hotline migrate`: an empty alias table gets the common legacy spellings (default-aliases.ts). */
    async seedDefaults(): Promise<number> {
      return inTransaction(deps.db, async (trx) => {
        const repository = createDictionariesRepository(trx);
        if ((await repository.count()) > 0) return 0;
        const at = deps.clock.now().toISOString();
        const defaults = defaultAliasList();
        for (const row of defaults)
          await repository.insert({ ...row, term: normalizeTerm(row.alias) }, at, null);
        cached = null;
        return defaults.length;
      });
    },

    /** The dictionaries with the aliases as they stand, for resolving many cells in memory (imports). */
    resolver,

    invalidate(): void {
      cached = null;
    },
  };
}

export type DictionariesService = ReturnType<typeof createDictionariesService>;
