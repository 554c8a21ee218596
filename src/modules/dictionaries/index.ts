// The dictionaries module's surface: the fixed code lists (来源渠道, 诉求类型, 紧急程度, 满意度) and their aliases.
export {
  createDictionariesService,
  type DictionariesService,
  type DictionaryView,
} from './dictionaries.service.ts';
export type { DictionaryResolver } from '../../domain/dictionaries/resolver.ts';
export { registerDictionaryRoutes } from './dictionaries.routes.ts';
export { DICTIONARIES_ERRORS } from './dictionaries.errors.ts';
