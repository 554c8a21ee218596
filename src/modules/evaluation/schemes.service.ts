import { inTransaction, type Executor } from '../../db/executor.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import { parseScheme, type ScoringScheme } from '../../domain/scoring/index.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { DEFAULT_SCHEME_ID, presetSchemes } from './schemes.ts';
import { createSchemesRepository } from './schemes.repository.ts';

/**
 * Scoring schemes as versioned data: the presets shipped in schemes/*.json, and versions an administrator
 * saves through the API. Every version is kept; a bulletin records the version it used, and the latest
 * version of an id is the one in force.
 */
export function createSchemesService(deps: { db: Executor; clock: Clock; audit: AuditRecorder }) {
  async function stored(id?: string): Promise<ScoringScheme[]> {
    const bodies = await createSchemesRepository(deps.db).bodies(id);
    return bodies.map((body) => parseScheme(JSON.parse(body)));
  }

  /** Every version of an id, presets first. */
  async function versionsOf(id: string): Promise<ScoringScheme[]> {
    const preset = presetSchemes().get(id);
    return [...(preset ? [preset] : []), ...(await stored(id))];
  }

  return {
    /** The scheme in force for each id: its latest version; the platform's default first (pickers open on it). */
    async list(): Promise<ScoringScheme[]> {
      const latest = new Map<string, ScoringScheme>();
      for (const scheme of [...presetSchemes().values(), ...(await stored())]) {
        const known = latest.get(scheme.id);
        if (!known || scheme.version > known.version) latest.set(scheme.id, scheme);
      }
      const isDefault = (scheme: ScoringScheme) => (scheme.id === DEFAULT_SCHEME_ID ? 0 : 1);
      return [...latest.values()].sort((a, b) => isDefault(a) - isDefault(b));
    },

    /** Every version of an id, presets first; an unknown id is an error naming the field. */
    async versionsOf(id: string): Promise<ScoringScheme[]> {
      const versions = await versionsOf(id);
      if (versions.length === 0)
        throw new AppError('VALIDATION_FAILED', `没有考核方案 ${id}`, { field: 'id' });
      return versions;
    },

    /** A scheme by id: its latest version, saved or preset. */
    async resolve(id: string = DEFAULT_SCHEME_ID): Promise<ScoringScheme> {
      const latest = (await versionsOf(id)).sort((a, b) => b.version - a.version)[0];
      if (latest) return latest;
      const known = [...new Set([...presetSchemes().keys(), ...(await stored()).map((s) => s.id)])];
      throw new AppError('VALIDATION_FAILED', `没有名为 ${id} 的考核方案（可用：${known.join('、')}）`, {
        field: 'scheme',
      });
    },

    /** One version of an id, exactly: what an issued bulletin used, to draw it again. */
    async resolveVersion(id: string, version: number): Promise<ScoringScheme> {
      const found = (await versionsOf(id)).find((scheme) => scheme.version === version);
      if (!found)
        throw new AppError('VALIDATION_FAILED', `没有考核方案 ${id} 第 ${version} 版`, { field: 'scheme' });
      return found;
    },

    /** Saves a new version; it must be later than every version of the same id. */
    async save(actor: Actor, json: unknown): Promise<ScoringScheme> {
      if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', '只有系统管理员可以修改考核方案');
      const scheme = parseScheme(json);
      const highest = Math.max(0, ...(await versionsOf(scheme.id)).map((s) => s.version));
      if (scheme.version <= highest) {
        throw new AppError(
          'SCHEME_VERSION_CONFLICT',
          `考核方案 ${scheme.id} 已有第 ${highest} 版，新版本号应大于它`,
          {
            field: 'version',
            currentVersion: highest,
          },
        );
      }
      try {
        await inTransaction(deps.db, async (trx) => {
          await createSchemesRepository(trx).insert({
            schemeId: scheme.id,
            version: scheme.version,
            body: JSON.stringify(scheme),
            createdAt: deps.clock.now().toISOString(),
            createdBy: actor.userId,
          });
          await deps.audit.record(trx, actor, {
            action: 'scheme.saved',
            targetType: 'scheme',
            targetId: `${scheme.id}@${scheme.version}`,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(
            'SCHEME_VERSION_CONFLICT',
            `考核方案 ${scheme.id} 第 ${scheme.version} 版已存在`,
            { field: 'version' },
          );
        }
        throw error;
      }
      return scheme;
    },
  };
}

export type SchemesService = ReturnType<typeof createSchemesService>;
