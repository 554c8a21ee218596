import { readdirSync, readFileSync } from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { parseScheme, type ScoringScheme } from '../../domain/scoring/index.ts';
import type { FigureRules, IndicatorName } from './unit-figures.ts';

const PRESET_DIR = new URL('./schemes/', import.meta.url);

/** The preset schemes shipped with the platform (schemes/*.json), by id. */
export function presetSchemes(): Map<string, ScoringScheme> {
  const schemes = new Map<string, ScoringScheme>();
  for (const file of readdirSync(PRESET_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const scheme = parseScheme(JSON.parse(readFileSync(new URL(file, PRESET_DIR), 'utf8')));
    schemes.set(scheme.id, scheme);
  }
  return schemes;
}

export const DEFAULT_SCHEME_ID = 'panjin-2023';

/** A preset by id, or a scheme file by path (`--scheme NAME|FILE`). */
export function resolveScheme(nameOrFile: string = DEFAULT_SCHEME_ID): ScoringScheme {
  const preset = presetSchemes().get(nameOrFile);
  if (preset) return preset;
  if (!nameOrFile.endsWith('.json')) {
    throw new AppError(
      'VALIDATION_FAILED',
      `没有名为 ${nameOrFile} 的考核方案（可用：${[...presetSchemes().keys()].join('、')}）`,
      {
        field: 'scheme',
      },
    );
  }
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch {
    throw new AppError('VALIDATION_FAILED', `无法读取考核方案文件 ${nameOrFile}`, { field: 'scheme' });
  }
  return parseScheme(JSON.parse(text));
}

/**
 * The scheme as the figures need it. Rollups keep first-level categories, so exclusions must name
 * first-level categories (e.g. '公安'); a deeper prefix is refused rather than applied approximately.
 */
export function figureRulesOf(scheme: ScoringScheme): FigureRules {
  for (const [index, exclusion] of scheme.exclusions.entries()) {
    const deep = exclusion.categoryPrefixes?.find((prefix) => prefix.includes('/'));
    if (deep) {
      throw new AppError('VALIDATION_FAILED', `考核方案的排除规则只支持一级分类：${deep}`, {
        field: `exclusions[${index}].categoryPrefixes`,
      });
    }
  }
  return {
    hasExclusions: scheme.exclusions.length > 0,
    satisfactionWeights: scheme.satisfactionWeights,
    excludes(indicator: IndicatorName, appealType: string, categoryL1: string) {
      return scheme.exclusions.some(
        (exclusion) =>
          exclusion.indicators.includes(indicator) &&
          (!exclusion.categoryPrefixes?.length || exclusion.categoryPrefixes.includes(categoryL1)) &&
          (!exclusion.appealTypes?.length || (exclusion.appealTypes as string[]).includes(appealType)),
      );
    },
  };
}
