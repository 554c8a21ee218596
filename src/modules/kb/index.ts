// The knowledge base module's surface: articles owned by units, and their revisions.
export { createKbService, type KbService, type KbRevisionInput } from './kb.service.ts';
export type { KbArticle, KbRevision } from './kb.repository.ts';
