// The categories module's surface: the 诉求分类 code list (three levels, six-digit codes, every revision kept).
export {
  createCategoriesService,
  type CategoriesService,
  type CategoryFileParser,
  type CategoryImportResult,
  type CategoryView,
} from './categories.service.ts';
export type { CategoryRecord, CategoryVersion } from './categories.repository.ts';
export { BUNDLED_CATEGORIES, bundledCategoryNodes } from './bundled-categories.ts';
export { registerCategoryRoutes } from './categories.routes.ts';
export { CATEGORIES_ERRORS } from './categories.errors.ts';
