import type { Random } from './golden-random.ts';
import {
  completedWithoutRevisit,
  DEPARTMENT_PLANS,
  DISTRICT_PLANS,
  type Outcomes,
} from './reference-plan.ts';
import { unitCode } from './reference-units.ts';
import { REFERENCE_HIGHLIGHT } from './reference.ts';

export type RevisitResult = '满意' | '基本满意' | '不满意' | '联系上未评价' | '未联系上';
/** `open`: feedback given, not completed; `noRevisit`: completed, no revisit made (e.g. declined call-backs). */
export type Outcome = 'open' | 'noRevisit' | RevisitResult;

/** One 转办 ticket before it gets its times and texts. */
export interface DispatchSpec {
  /** 承办单位 (a district or a department) */
  unitCode: string;
  /** 二级承办单位 (a grassroots unit below the district), or '' */
  subUnitCode: string;
  /** the unit that handles it, whose line of business picks the appeal */
  handlerName: string;
  /** 所属区县, or null to pick one */
  district: string | null;
  outcome: Outcome;
  lateAcknowledgement: boolean;
  lateFeedback: boolean;
}

function expand(outcomes: Outcomes): Outcome[] {
  const list: Outcome[] = [];
  const add = (outcome: Outcome, count: number) => {
    if (count < 0) throw new Error(`negative count of ${outcome}`);
    for (let i = 0; i < count; i++) list.push(outcome);
  };
  add('open', outcomes.open);
  add('满意', outcomes.satisfied);
  add('基本满意', outcomes.basic);
  add('不满意', outcomes.dissatisfied);
  add('联系上未评价', outcomes.reachedUnrated);
  add('未联系上', outcomes.unreached);
  add('noRevisit', completedWithoutRevisit(outcomes));
  return list;
}

function specsOf(
  random: Random,
  outcomes: Outcomes,
  base: Omit<DispatchSpec, 'outcome' | 'lateAcknowledgement' | 'lateFeedback'>,
): DispatchSpec[] {
  const shuffled = random.shuffle(expand(outcomes));
  return shuffled.map((outcome, index) => ({
    ...base,
    outcome,
    lateAcknowledgement: index < outcomes.lateAcknowledgements,
    lateFeedback: false,
  }));
}

/**
 * Every 转办 ticket of the period but the highlight (which the caller writes with its own story): the
 * plan's outcomes, one spec per ticket, shuffled within each unit.
 */
export function dispatchSpecsOfPeriod(random: Random): DispatchSpec[] {
  const specs: DispatchSpec[] = [];
  for (const district of DISTRICT_PLANS) {
    const districtCode = unitCode(district.name);
    specs.push(
      ...specsOf(random, district.own, {
        unitCode: districtCode,
        subUnitCode: '',
        handlerName: district.name,
        district: district.name,
      }),
    );
    for (const unit of district.grassroots) {
      specs.push(
        ...specsOf(random, unit.outcomes, {
          unitCode: districtCode,
          subUnitCode: unitCode(unit.name),
          handlerName: unit.name,
          district: district.name,
        }),
      );
    }
  }
  for (const department of DEPARTMENT_PLANS) {
    const departmentSpecs = specsOf(random, department.outcomes, {
      unitCode: unitCode(department.name),
      subUnitCode: '',
      handlerName: department.name,
      district: null,
    });
    if (department.name === REFERENCE_HIGHLIGHT.unit) {
      const highlight = departmentSpecs.findIndex(
        (spec) => spec.outcome === REFERENCE_HIGHLIGHT.revisitResult,
      );
      departmentSpecs.splice(highlight, 1);
    }
    specs.push(...departmentSpecs);
  }
  return specs;
}

/**
 * Tickets received just outside the period, handled badly on purpose (late 签收, late 反馈, 不满意), and sent
 * to 十佳 units and the large departments: a report that let them in would lose the reference's figures.
 */
export function dispatchSpecsOutsidePeriod(count: number): DispatchSpec[] {
  const targets: { unitCode: string; subUnitCode: string; handlerName: string; district: string | null }[] = [
    grassrootsTarget('大洼区', '大洼区水务集团有限公司'),
    grassrootsTarget('双台子区', '双台子区市场监督管理局'),
    grassrootsTarget('兴隆台区', '兴隆台区创新街道办事处'),
    grassrootsTarget('盘山县', '盘山县高升街道办事处'),
    {
      unitCode: unitCode('高新技术开发区'),
      subUnitCode: '',
      handlerName: '高新技术开发区',
      district: '高新技术开发区',
    },
    { unitCode: unitCode('市医疗保障局'), subUnitCode: '', handlerName: '市医疗保障局', district: null },
    { unitCode: unitCode('市公安局'), subUnitCode: '', handlerName: '市公安局', district: null },
  ];
  return Array.from({ length: count }, (_, index) => ({
    ...(targets[index % targets.length] as (typeof targets)[number]),
    outcome: '不满意',
    lateAcknowledgement: true,
    lateFeedback: true,
  }));
}

function grassrootsTarget(district: string, unit: string) {
  return { unitCode: unitCode(district), subUnitCode: unitCode(unit), handlerName: unit, district };
}
