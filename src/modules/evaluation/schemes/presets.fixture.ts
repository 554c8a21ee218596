import { readFileSync } from 'node:fs';
import { parseScheme, type ScoringScheme } from '../../../domain/scoring/index.ts';

// The preset files as tests see them: read from disk exactly as the platform reads them.
export const PRESET_FILES = ['panjin-2023.json', 'beijing-style.json'] as const;
export type PresetFile = (typeof PRESET_FILES)[number];

export function readPresetJson(file: PresetFile): unknown {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
}

export function loadPreset(file: PresetFile): ScoringScheme {
  return parseScheme(readPresetJson(file));
}
