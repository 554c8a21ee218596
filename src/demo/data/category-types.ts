/**
 * Shapes of the demo city's three-level 诉求分类 code list, and the helper the data files use to write
 * one second-level group at a time.
 */

export { APPEAL_TYPE_LABELS, type AppealType } from '../../domain/lifecycle/states.ts';
import type { AppealType } from '../../domain/lifecycle/states.ts';

/** What a {company} placeholder should name for this category: a 物业 for 物业 complaints, and so on. */
export type CompanyKind = 'property' | 'employer' | 'shop' | 'restaurant' | 'builder' | 'developer' | 'training';

export interface CategoryHandler {
  /** Who usually handles it: 'district' means the district (and its grassroots units) of the caller's address. */
  kind: 'district' | 'department' | 'utility';
  /** For 'department' and 'utility': first-level units from DEMO_UNITS by name, the usual one first. */
  unitNames?: string[];
  /** For 'district': words that find the grassroots units that handle it ('住房和城乡建设局', '街道办事处'). */
  grassrootsKeywords?: string[];
}

export interface CategorySeason {
  /** Calendar months 1–12 in which the category is more frequent. */
  months: number[];
  factor: number;
}

export interface DemoCategory {
  /** '城乡建设/供暖/室温不达标': the three names joined by '/'. */
  code: string;
  levels: [string, string, string];
  handler: CategoryHandler;
  /** Typical mix of 诉求类型 for this category (relative weights). */
  appealTypes: Partial<Record<AppealType, number>>;
  /** Relative frequency outside its season. */
  weight: number;
  season?: CategorySeason;
  /**
   * Templates; placeholders are {community} (小区 or village), {street} (街道/镇), {road}, {company} and
   * {n} (a small number: a building, a bus line, a count of days).
   */
  titles: string[];
  /** What the citizen says, in one to three sentences. */
  contents: string[];
  /** The centre's direct answer, or the unit's handling result. */
  answers: string[];
  companyKind?: CompanyKind;
}

export interface LeafSpec {
  name: string;
  weight: number;
  appealTypes: Partial<Record<AppealType, number>>;
  titles: string[];
  contents: string[];
  answers: string[];
  handler?: CategoryHandler;
  season?: CategorySeason;
  companyKind?: CompanyKind;
}

export interface GroupDefaults {
  handler: CategoryHandler;
  season?: CategorySeason;
  companyKind?: CompanyKind;
}

/** One second-level group: its leaves inherit the group's handler, season and company kind. */
export function group(first: string, second: string, defaults: GroupDefaults, leaves: LeafSpec[]): DemoCategory[] {
  return leaves.map((leaf) => {
    const season = leaf.season ?? defaults.season;
    const companyKind = leaf.companyKind ?? defaults.companyKind;
    return {
      code: `${first}/${second}/${leaf.name}`,
      levels: [first, second, leaf.name],
      handler: leaf.handler ?? defaults.handler,
      appealTypes: leaf.appealTypes,
      weight: leaf.weight,
      ...(season ? { season } : {}),
      titles: leaf.titles,
      contents: leaf.contents,
      answers: leaf.answers,
      ...(companyKind ? { companyKind } : {}),
    };
  });
}

/**
 * Liaoning's heating period runs from 1 November to 31 March; inside it heating calls outnumber every other
 * subject, outside it only billing questions and the odd leak remain.
 */
export const HEATING_SEASON: CategorySeason = { months: [11, 12, 1, 2, 3], factor: 15 };

export function department(...unitNames: string[]): CategoryHandler {
  return { kind: 'department', unitNames };
}

export function utility(...unitNames: string[]): CategoryHandler {
  return { kind: 'utility', unitNames };
}

export function district(...grassrootsKeywords: string[]): CategoryHandler {
  return { kind: 'district', grassrootsKeywords };
}
