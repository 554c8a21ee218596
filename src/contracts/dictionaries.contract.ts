import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import {
  DictionaryAliasParams,
  DictionaryParams,
  DictionaryView,
  SaveAliasInput,
} from './dictionaries.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['字典 dictionaries'];

export const dictionariesContract = {
  listDictionaries: {
    method: 'GET',
    path: '/api/dictionaries',
    tags,
    summary: '字典（来源渠道、诉求类型、紧急程度、满意度）：代码、名称及别名',
    response: { 200: z.array(DictionaryView) },
  },
  getDictionary: {
    method: 'GET',
    path: '/api/dictionaries/:dictionary',
    tags,
    summary: '一个字典的代码、名称及别名',
    params: DictionaryParams,
    response: { 200: DictionaryView },
  },
  saveDictionaryAlias: {
    method: 'PUT',
    path: '/api/dictionaries/:dictionary/aliases',
    tags,
    summary: '新增别名，或把已有别名改指另一代码',
    description:
      '别名按全角/半角、大小写和空白不敏感的方式比较；与本字典任一代码或名称相同的别名被拒绝（ALIAS_CONFLICTS，field: alias）。',
    roles: ADMIN_ROLES,
    params: DictionaryParams,
    body: SaveAliasInput,
    response: { 200: DictionaryView },
  },
  deleteDictionaryAlias: {
    method: 'DELETE',
    path: '/api/dictionaries/:dictionary/aliases/:alias',
    tags,
    summary: '删除别名（路径中为 URL 编码的别名）',
    roles: ADMIN_ROLES,
    params: DictionaryAliasParams,
    response: { 200: DictionaryView },
  },
} as const satisfies Record<string, RouteContract>;
