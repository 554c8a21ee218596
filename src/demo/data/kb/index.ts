/**
 * The demo city's knowledge base (知识库): 300-odd articles in the voice of a northern city's 12345 centre and
 * its units, across every first-level 诉求分类. Close neighbours are deliberate (供暖收费 / 供暖费减免 /
 * 室温不达标 …, 公积金提取 / 贷款 / 缴存基数 …), a few old policies stay beside their replacements as
 * 'expired', and a few drafts are not yet approved: a search must tell them apart. test/kb-search/ holds the
 * queries that measure it.
 */
import { CITY_ENVIRONMENT_ARTICLES } from './city-environment.ts';
import { CIVIL_AFFAIRS_ARTICLES } from './civil-affairs.ts';
import { EDUCATION_ARTICLES } from './education.ts';
import { HEALTH_ARTICLES } from './health.ts';
import { HEATING_ARTICLES } from './heating.ts';
import { HOUSING_FUND_ARTICLES } from './housing-fund.ts';
import type { DemoKbArticle } from './kb-types.ts';
import { LAND_REGISTRATION_ARTICLES } from './land-registration.ts';
import { MARKET_ARTICLES } from './market.ts';
import { MEDICAL_INSURANCE_ARTICLES } from './medical-insurance.ts';
import { POST_TAX_ARTICLES } from './post-tax.ts';
import { POWER_TELECOM_ARTICLES } from './power-telecom.ts';
import { PROPERTY_ARTICLES } from './property.ts';
import { PUBLIC_SECURITY_ARTICLES } from './public-security.ts';
import { RURAL_OTHER_ARTICLES } from './rural-other.ts';
import { SOCIAL_INSURANCE_ARTICLES } from './social-insurance.ts';
import { TRANSPORT_ARTICLES } from './transport.ts';
import { WATER_GAS_ARTICLES } from './water-gas.ts';

export type { DemoKbArticle, DemoKbStatus } from './kb-types.ts';

/** In a stable order: by line of business, then by number. Position + 1 is the article id the evaluation uses. */
export const DEMO_KB_ARTICLES: readonly DemoKbArticle[] = [
  ...HEATING_ARTICLES,
  ...PROPERTY_ARTICLES,
  ...HOUSING_FUND_ARTICLES,
  ...WATER_GAS_ARTICLES,
  ...POWER_TELECOM_ARTICLES,
  ...CITY_ENVIRONMENT_ARTICLES,
  ...TRANSPORT_ARTICLES,
  ...PUBLIC_SECURITY_ARTICLES,
  ...SOCIAL_INSURANCE_ARTICLES,
  ...MEDICAL_INSURANCE_ARTICLES,
  ...HEALTH_ARTICLES,
  ...EDUCATION_ARTICLES,
  ...CIVIL_AFFAIRS_ARTICLES,
  ...MARKET_ARTICLES,
  ...POST_TAX_ARTICLES,
  ...LAND_REGISTRATION_ARTICLES,
  ...RURAL_OTHER_ARTICLES,
];

const byNumber = new Map(DEMO_KB_ARTICLES.map((article) => [article.number, article]));

export function demoKbArticle(number: string): DemoKbArticle {
  const article = byNumber.get(number);
  if (!article) throw new RangeError(`no demo KB article ${number}`);
  return article;
}
