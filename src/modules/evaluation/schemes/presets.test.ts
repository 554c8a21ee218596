import { describe, expect, it } from 'vitest';
import { INDICATOR_LABELS, peerGroupOf, type ScoringScheme } from '../../../domain/scoring/index.ts';
import { PRESET_FILES, loadPreset, readPresetJson } from './presets.fixture.ts';

const weightsOf = (scheme: ScoringScheme) =>
  Object.fromEntries(scheme.indicators.map((indicator) => [indicator.key, indicator.weight]));

describe('preset scheme files', () => {
  it.each(PRESET_FILES)('%s parses as it is written, its id matching its file name', (file) => {
    const scheme = loadPreset(file);
    expect(scheme).toEqual(readPresetJson(file));
    expect(`${scheme.id}.json`).toBe(file);
  });

  it.each(PRESET_FILES)('%s: weights add up to 100', (file) => {
    const total = loadPreset(file).indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    expect(total).toBe(100);
  });

  it.each(PRESET_FILES)(
    '%s: ranks districts with zones, departments with utilities, grassroots apart',
    (file) => {
      const scheme = loadPreset(file);
      expect(peerGroupOf(scheme, 'zone')?.label).toBe('县区/经济区');
      expect(peerGroupOf(scheme, 'utility')?.label).toBe('市直部门');
      expect(peerGroupOf(scheme, 'grassroots')).toMatchObject({ label: '基层承办单位', best: 10, worst: 5 });
      expect(scheme.minimumAssigned.forSatisfactionRanking).toBe(100);
    },
  );

  it('panjin-2023 weighs 办结率 20, 满意率 30, 按时反馈率 20, 有效回访率 20, 按时签收率 10, 基本满意 0.75', () => {
    const scheme = loadPreset('panjin-2023.json');
    expect(weightsOf(scheme)).toEqual({
      completion: 20,
      satisfaction: 30,
      onTimeFeedback: 20,
      effectiveRevisit: 20,
      onTimeAcknowledge: 10,
    });
    expect(scheme.indicators.every((indicator) => indicator.scoring.kind === 'linear')).toBe(true);
    expect(scheme.satisfactionWeights).toEqual({ satisfied: 1, basic: 0.75, dissatisfied: 0 });
    expect(scheme.deductions).toEqual([]);
  });

  it('beijing-style weighs 响应率 10, 解决率 50, 满意率 40, 基本满意 0.9', () => {
    const scheme = loadPreset('beijing-style.json');
    expect(weightsOf(scheme)).toEqual({ response: 10, resolution: 50, satisfaction: 40 });
    expect(scheme.indicators.map((indicator) => INDICATOR_LABELS[indicator.key])).toEqual([
      '响应率',
      '解决率',
      '满意率',
    ]);
    expect(scheme.satisfactionWeights.basic).toBe(0.9);
  });
});
