import { categoryLevel } from '../../domain/categories/category-code.ts';
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

/**
 * A scheme file by path, for the command line only (`--scheme FILE`): over HTTP a scheme is named by its stored
 * id, never by a path, so that no request can make the server read its files.
 */
export function readSchemeFile(file: string): ScoringScheme {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('VALIDATION_FAILED', `无法读取考核方案文件 ${file}`, { field: 'scheme' });
  }
  try {
    return parseScheme(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new AppError('VALIDATION_FAILED', `考核方案文件 ${file} 不是有效的 JSON`, { field: 'scheme' });
    }
    throw error;
  }
}

/**
 * The scheme as the figures need it. Rollups keep first-level categories, so exclusions must name
 * first-level categories (e.g. 050000); a deeper code is refused rather than applied approximately.
 */
export function figureRulesOf(scheme: ScoringScheme): FigureRules {
  for (const [index, exclusion] of scheme.exclusions.entries()) {
    const deep = exclusion.categoryCodes?.find((code) => categoryLevel(code) > 1);
    if (deep) {
      throw new AppError('VALIDATION_FAILED', `考核方案的排除规则只支持一级分类（如 050000）：${deep}`, {
        field: `exclusions[${index}].categoryCodes`,
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
          (!exclusion.categoryCodes?.length || exclusion.categoryCodes.includes(categoryL1)) &&
          (!exclusion.appealTypes?.length || (exclusion.appealTypes as string[]).includes(appealType)),
      );
    },
  };
}
