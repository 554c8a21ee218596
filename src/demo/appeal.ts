import type { AppealType } from '../domain/lifecycle/index.ts';
import type { DemoCategory } from './data/category-types.ts';
import { fillTemplate, makeTemplateSlots } from './data/templates.ts';
import { makeAddress, makeCallerName, makePhone } from './data/people.ts';
import type { DemoUnit } from './data/units.ts';
import type { Random } from './random.ts';

export interface Appeal {
  appealType: AppealType;
  category: string;
  title: string;
  content: string;
  answer: string;
  callerName: string;
  callerPhone: string;
  address: string;
  districtCode: string;
}

/**
 * Direct answers are mostly 咨询; dispatched appeals lean to 求助 and 投诉. The bias brings the whole month
 * near the mix of DESIGN §1 (咨询 ≈ 60%, 求助 ≈ 30%, the rest 投诉 举报 建议).
 */
const BIAS: Record<'direct' | 'dispatched', Partial<Record<AppealType, number>>> = {
  direct: { consult: 6, help: 1.1, complaint: 0.2, report: 0.2, suggestion: 0.5, praise: 0.5, other: 0.5 },
  dispatched: { consult: 0.35, help: 1.3, complaint: 1.6, report: 1.5, suggestion: 1, praise: 1, other: 1 },
};

export function makeAppeal(
  random: Random,
  category: DemoCategory,
  district: DemoUnit,
  path: 'direct' | 'dispatched',
): Appeal {
  const types = Object.entries(category.appealTypes) as [AppealType, number][];
  const [appealType] = random.weighted(types, ([type, weight]) => weight * (BIAS[path][type] ?? 1));
  const place = makeAddress(random, district.name);
  const slots = makeTemplateSlots(random, place, category.companyKind);
  return {
    appealType,
    category: category.code,
    title: fillTemplate(random.pick(category.titles), slots).slice(0, 200),
    content: fillTemplate(random.pick(category.contents), slots),
    answer: fillTemplate(random.pick(category.answers), slots),
    callerName: makeCallerName(random),
    callerPhone: makePhone(random),
    address: place.address,
    districtCode: district.code,
  };
}
