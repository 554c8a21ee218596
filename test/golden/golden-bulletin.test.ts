import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/app/services.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { parseLocalTime } from '../../src/domain/time.ts';
import type { Bulletin, UnitFigures } from '../../src/contracts/bulletin-document.ts';
import { formatPercent, formatWan } from '../../src/modules/bulletin/render/format.ts';
import { compareRollups } from '../../src/modules/evaluation/index.ts';
import { systemActor } from '../../src/domain/access/actor.ts';
import { createManualClock } from '../../src/shared/clock.ts';
import { createTestDatabase } from '../db.ts';
import { buildReferenceFiles, HIGHLIGHT_TICKET_NUMBER, REFERENCE_PERIOD } from './build-reference-files.ts';
import {
  REFERENCE_BOTTOM5,
  REFERENCE_DEPARTMENT_SATISFACTION_TOP10,
  REFERENCE_DEPARTMENT_VOLUME_TOP10,
  REFERENCE_DISTRICTS,
  REFERENCE_GRASSROOTS_UNIT_COUNT,
  REFERENCE_HEADLINE,
  REFERENCE_TOP10,
} from './reference.ts';
import { CENTRE_CODE } from './reference-units.ts';

// The golden test: interchange files built from the reference bulletin's tables go in through the imports,
// and the bulletin that comes out must print the reference's figures (shared/reference/panjin-bulletin-…).
const pct = (value: number) => `${value.toFixed(2)}%`;

describe('the reference bulletin, reproduced from interchange files', () => {
  let handle: DatabaseHandle;
  let services: Services;
  let dir: string;
  let bulletin: Bulletin;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'golden-'));
    const files = await buildReferenceFiles(dir);
    handle = await createTestDatabase();
    const clock = createManualClock(parseLocalTime('2023-06-09 09:00:00'));
    services = createServices({ db: handle.db, clock });
    await services.calendar.seedDefaults();
    await services.categories.seedDefaults();
    await services.dictionaries.seedDefaults();
    await services.units.importUnits(systemActor(CENTRE_CODE), readFileSync(files.units), 'units.csv');
    const admin = systemActor(CENTRE_CODE);
    await services.categories.importFile(admin, readFileSync(files.categories), 'categories.csv');
    await services.imports.importTickets(admin, readFileSync(files.tickets), 'tickets.csv');
    await services.imports.importCalls(admin, readFileSync(files.calls), 'calls.csv');
    await services.imports.importKb(admin, readFileSync(files.kb), 'kb.csv');
    bulletin = await services.bulletins.build({
      from: REFERENCE_PERIOD.from,
      to: REFERENCE_PERIOD.to,
      asOf: parseLocalTime(REFERENCE_PERIOD.asOf),
      scheme: 'panjin-2023',
      publishedOn: '2023-06-09',
      highlights: [{ ticketNumber: HIGHLIGHT_TICKET_NUMBER }],
    });
  }, 600_000);

  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const part = (heading: string) =>
    bulletin.sections.flatMap((s) => s.parts).find((p) => p.paragraphs[0]?.includes(heading))!;
  const table = (caption: string) =>
    bulletin.sections.flatMap((s) => s.parts).find((p) => p.table?.caption === caption)!.table!;

  it('prints the headline paragraph', () => {
    expect(bulletin.title).toBe('关于盘锦市12345政务服务便民热线平台1-4月份诉求办理情况的通报');
    expect(bulletin.headline.text).toBe(
      `2023年1-4月份，市12345热线平台共受理各类诉求${REFERENCE_HEADLINE.registeredWan}万件，话务接通率${pct(REFERENCE_HEADLINE.callAnswerRate)}；` +
        `平台直接答复${REFERENCE_HEADLINE.directAnswersWan}万件，直接答复率${pct(REFERENCE_HEADLINE.directAnswerRate)}；` +
        `转办${REFERENCE_HEADLINE.dispatchedWan}万件，办结率${pct(REFERENCE_HEADLINE.completionRate)}，满意率${pct(REFERENCE_HEADLINE.satisfactionRate)}。`,
    );
    expect(formatWan(bulletin.headline.received)).toBe('9.67万');
  });

  it('prints the district table: every count and percentage, the order, and scores within ±0.05', () => {
    const rows = table('县区、经济区分布情况').rows;
    expect(rows.map((r) => r.unitName)).toEqual(REFERENCE_DISTRICTS.map((d) => d.name));
    for (const [index, expected] of REFERENCE_DISTRICTS.entries()) {
      const row = rows[index]!;
      expect(row.assigned, expected.name).toBe(expected.assigned);
      expect(formatPercent(row.completion.value), `${expected.name} 办结率`).toBe(
        pct(expected.completionRate),
      );
      expect(formatPercent(row.satisfaction.value), `${expected.name} 满意率`).toBe(
        pct(expected.satisfactionRate),
      );
      expect(formatPercent(row.onTimeFeedback.value), `${expected.name} 按时反馈率`).toBe(
        pct(expected.onTimeFeedbackRate),
      );
      expect(formatPercent(row.effectiveRevisit.value), `${expected.name} 有效回访率`).toBe(
        pct(expected.effectiveRevisitRate),
      );
      expect(row.kbUpdates, `${expected.name} 知识库`).toBe(expected.kbUpdates);
      expect(
        Math.abs(row.score! - Number(expected.printedScore)),
        `${expected.name} 评分 ${row.score}`,
      ).toBeLessThanOrEqual(0.05);
    }
  });

  it('names the departments of both rankings in the published order', () => {
    const departments = part('市直部门办理情况');
    const volume = departments.charts.find((c) => c.title.startsWith('受理诉求数量排名前十'))!;
    expect(volume.categories).toEqual(REFERENCE_DEPARTMENT_VOLUME_TOP10);
    const satisfaction = departments.charts.find((c) => c.title.startsWith('满意率排名前十'))!;
    expect(satisfaction.categories).toEqual(REFERENCE_DEPARTMENT_SATISFACTION_TOP10);
    expect(departments.paragraphs[0]).toContain(
      `从受理诉求数量来看，${REFERENCE_DEPARTMENT_VOLUME_TOP10.join('、')}受理量排名前十位。`,
    );
    expect(departments.paragraphs[1]).toBe(
      `诉求量100件以上，办理满意率排名前十位的市直部门：${REFERENCE_DEPARTMENT_SATISFACTION_TOP10.join('、')}。`,
    );
  });

  const expectGrassroots = (rows: UnitFigures[], expected: typeof REFERENCE_TOP10) => {
    expect(rows.map((r) => r.unitName)).toEqual(expected.map((e) => e.name));
    for (const [index, e] of expected.entries()) {
      const row = rows[index]!;
      expect(row.assigned, e.name).toBe(e.assigned);
      expect(formatPercent(row.completion.value), `${e.name} 办结率`).toBe(pct(e.completionRate));
      expect(formatPercent(row.satisfaction.value), `${e.name} 满意率`).toBe(pct(e.satisfactionRate));
      expect(formatPercent(row.onTimeFeedback.value), `${e.name} 按时反馈率`).toBe(pct(e.onTimeFeedbackRate));
      expect(formatPercent(row.effectiveRevisit.value), `${e.name} 有效回访率`).toBe(
        pct(e.effectiveRevisitRate),
      );
    }
  };

  it('rates 十佳 in order with every figure, scores within ±0.05', () => {
    const rows = table('表一：“十佳”基层承办单位').rows;
    expectGrassroots(rows, REFERENCE_TOP10);
    for (const [index, e] of REFERENCE_TOP10.entries()) {
      expect(
        Math.abs(rows[index]!.score! - e.printedScore),
        `${e.name} 评分 ${rows[index]!.score}`,
      ).toBeLessThanOrEqual(0.05);
    }
  });

  it('rates 较差 in order with every figure (scores: the printed ones include undisclosed deductions)', () => {
    const rows = table('表二：“较差”基层承办单位').rows;
    expectGrassroots(rows, REFERENCE_BOTTOM5);
    // Reported beside the printed scores in the closing note: ours come from the five indicators alone.
    for (const [index, e] of REFERENCE_BOTTOM5.entries()) expect(rows[index]!.score).toBeCloseTo(e.score, 1);
  });

  it('counts 127 grassroots units and quotes the highlight', () => {
    expect(part('评分标准').paragraphs[0]).toContain(`涉及县区基层单位${REFERENCE_GRASSROOTS_UNIT_COUNT}家`);
    expect(part('评分标准').paragraphs[0]).toContain(
      '大洼区水务集团有限公司等10个单位被评为“十佳”承办单位（见表一），双台子区消防救援大队等5个单位为“较差”承办单位（见表二）',
    );
    expect(bulletin.highlights[0]).toMatchObject({ ticketNumber: HIGHLIGHT_TICKET_NUMBER });
    expect(bulletin.highlights[0]!.title).toContain('市自然资源局');
  });

  it('keeps rollups that agree with a rebuild from the imported events', async () => {
    expect(await compareRollups(handle.db, await services.units.directory())).toEqual([]);
  }, 300_000);
});
