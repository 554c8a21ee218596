/**
 * Filling the categories' title, content and answer templates. Only five placeholders exist, so every
 * template can be filled from a caller's address and one company name.
 */
import type { Random } from '../random.ts';
import type { CompanyKind } from './category-types.ts';
import type { DemoAddress } from './people.ts';

export const TEMPLATE_PLACEHOLDERS = ['community', 'street', 'road', 'company', 'n'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateSlots = Record<TemplatePlaceholder, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholder names a template uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

export function fillTemplate(template: string, slots: TemplateSlots): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new RangeError(`unknown template placeholder ${whole}`);
    }
    return slots[name as TemplatePlaceholder];
  });
}

const NAME_ROOTS = [
  ...['鑫源', '宏达', '华信', '金湾', '盛世', '恒通', '嘉禾', '锦华', '永利', '鼎盛', '德润', '福瑞', '广厦'],
  ...['天河', '兴海', '瑞丰', '安泰', '辽河', '红海滩', '新城', '金港', '兴业', '润泽', '鸿运', '晟达', '泰和'],
];

/** Registered firms carry the city's name; shops and restaurants go by their sign. */
const COMPANY_SUFFIXES: Record<CompanyKind, { cityPrefix: boolean; suffixes: string[] }> = {
  property: { cityPrefix: true, suffixes: ['物业服务有限公司', '物业管理有限公司'] },
  employer: {
    cityPrefix: true,
    suffixes: ['建筑工程有限公司', '石油技术服务有限公司', '商贸有限公司', '机械制造有限公司', '物流有限公司', '化工有限公司'],
  },
  shop: { cityPrefix: false, suffixes: ['超市', '家电商场', '健身会所', '美容美发店', '手机卖场', '大药房', '服装店', '母婴店'] },
  restaurant: { cityPrefix: false, suffixes: ['饭店', '烧烤店', '火锅店', '海鲜酒楼', '快餐店'] },
  builder: { cityPrefix: true, suffixes: ['建筑工程有限公司', '建设集团有限公司'] },
  developer: { cityPrefix: true, suffixes: ['房地产开发有限公司', '置业有限公司'] },
  training: { cityPrefix: false, suffixes: ['教育培训学校', '艺术培训中心', '英语培训学校'] },
};

export function makeCompanyName(random: Random, kind: CompanyKind): string {
  const { cityPrefix, suffixes } = COMPANY_SUFFIXES[kind];
  return `${cityPrefix ? '盘锦' : ''}${random.pick(NAME_ROOTS)}${random.pick(suffixes)}`;
}

/** Slots for one ticket: the caller's place, a company of the category's kind, and a small number (the caller's building when there is one). */
export function makeTemplateSlots(random: Random, place: DemoAddress, companyKind: CompanyKind = 'shop'): TemplateSlots {
  return {
    community: place.community,
    street: place.street,
    road: place.road,
    company: makeCompanyName(random, companyKind),
    n: String(place.building ?? random.int(1, 30)),
  };
}
