import { z } from 'zod';
import { CHANNELS } from '../domain/lifecycle/index.ts';
import { NonEmptyText } from './common.schemas.ts';

// The administration of Open311 clients (JSON, console): the GeoReport routes themselves answer XML or JSON in
// the GeoReport shapes and are described by docs/open311.md rather than by these schemas.

export const Open311ClientInput = z.object({
  /** Who the key is for: an application, a partner, a district's app */
  name: NonEmptyText(100),
  /** 来源渠道 its tickets carry; app by default */
  channel: z.enum(CHANNELS).default('app'),
});
export type Open311ClientInput = z.output<typeof Open311ClientInput>;

export const Open311ClientView = z.object({
  id: z.number(),
  name: z.string(),
  channel: z.enum(CHANNELS),
  /** The key's first characters, to tell keys apart; the key itself is shown only once */
  keyHint: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type Open311ClientView = z.infer<typeof Open311ClientView>;

export const NewOpen311ClientView = Open311ClientView.extend({
  /** The api_key, shown once: only its digest is stored. */
  apiKey: z.string(),
});
export type NewOpen311ClientView = z.infer<typeof NewOpen311ClientView>;

export const Open311ClientIdParams = z.object({ id: z.coerce.number().int().positive() });
