import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import {
  CategoryCodeParams,
  CategoryDetail,
  CategoryExportQuery,
  CategoryImportQuery,
  CategoryImportResultView,
  CategoryListQuery,
  CategoryView,
  SaveCategoryInput,
} from './categories.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['诉求分类 categories'];

export const categoriesContract = {
  listCategories: {
    method: 'GET',
    path: '/api/categories',
    tags,
    summary: '诉求分类代码表（按编码排序）',
    querystring: CategoryListQuery,
    response: { 200: z.array(CategoryView) },
  },
  exportCategories: {
    method: 'GET',
    path: '/api/categories/export',
    tags,
    summary: '导出诉求分类代码表（CSV 或 XLSX：分类编码、分类名称、上级分类编码、别名、状态）',
    roles: ADMIN_ROLES,
    querystring: CategoryExportQuery,
    response: { 200: z.unknown().meta({ description: 'CSV 或 XLSX 文件' }) },
  },
  getCategory: {
    method: 'GET',
    path: '/api/categories/:code',
    tags,
    summary: '诉求分类详情及其历次版本',
    params: CategoryCodeParams,
    response: { 200: CategoryDetail },
  },
  saveCategory: {
    method: 'PUT',
    path: '/api/categories/:code',
    tags,
    summary: '新建或修改诉求分类（改名、别名、停用或启用；编码与上级不可改）',
    roles: ADMIN_ROLES,
    params: CategoryCodeParams,
    body: SaveCategoryInput,
    response: { 200: CategoryView },
  },
  importCategories: {
    method: 'POST',
    path: '/api/categories/import',
    tags,
    summary: '导入诉求分类（CSV 或 XLSX 文件作为请求体）',
    description:
      'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream. ' +
      '列：分类编码、分类名称、上级分类编码，可选 别名（以顿号或分号分隔）、状态（启用/停用）。任一行有误则不导入任何数据。',
    roles: ADMIN_ROLES,
    querystring: CategoryImportQuery,
    response: { 200: CategoryImportResultView },
  },
} as const satisfies Record<string, RouteContract>;
