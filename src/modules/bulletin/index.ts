export { Bulletin } from '../../contracts/bulletin-document.ts';
export {
  createBulletinService,
  endOfPeriod,
  type BulletinService,
  type BulletinOptions,
} from './bulletin.service.ts';
export { registerBulletinRoutes } from './bulletin.routes.ts';
export { buildBulletin } from './bulletin-builder.ts';
export {
  createBulletinIssuesService,
  bulletinDigest,
  type BulletinIssuesService,
} from './bulletin-issues.service.ts';
export { registerBulletinIssueRoutes } from './bulletin-issues.routes.ts';
export { BULLETIN_ERRORS } from './bulletin.errors.ts';
