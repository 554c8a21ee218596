import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { Channel } from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type {
  NewOpen311ClientView,
  Open311ClientInput,
  Open311ClientView,
} from '../../contracts/open311.schemas.ts';
import { createOpen311Repository, type Open311ClientRow } from './open311.repository.ts';

/** An application allowed to submit, as a submission needs it. */
export interface Open311Client {
  id: number;
  name: string;
  channel: Channel;
}

const KEY_PREFIX = 'o311_';
// A client submitting many requests would otherwise write its row on every one of them.
const TOUCH_EVERY_MS = 60_000;

/** Only the key's SHA-256 is stored: a copy of the database yields no key (as for API tokens). */
function keyDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function present(row: Open311ClientRow): Open311ClientView {
  return {
    id: Number(row.id),
    name: row.name,
    channel: row.channel as Channel,
    keyHint: row.key_hint,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

function requireAdmin(actor: Actor): void {
  if (!roleMayAdminister(actor.role))
    throw new AppError('FORBIDDEN', '只有系统管理员可以管理 Open311 客户端');
}

/** Open311 API keys: issued per client by administrators, audited like API tokens. */
export function createOpen311ClientsService(deps: { db: Executor; clock: Clock; audit: AuditRecorder }) {
  return {
    async listClients(actor: Actor): Promise<Open311ClientView[]> {
      requireAdmin(actor);
      return (await createOpen311Repository(deps.db).listClients()).map(present);
    },

    /** Registers a client and issues its key; the key is in this answer only. */
    async createClient(actor: Actor, input: Open311ClientInput): Promise<NewOpen311ClientView> {
      requireAdmin(actor);
      const apiKey = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
      const now = deps.clock.now().toISOString();
      return inTransaction(deps.db, async (trx) => {
        const repository = createOpen311Repository(trx);
        const id = await repository.insertClient({
          name: input.name,
          channel: input.channel,
          key_hash: keyDigest(apiKey),
          key_hint: apiKey.slice(0, KEY_PREFIX.length + 4),
          created_at: now,
          created_by: actor.userId,
        });
        await deps.audit.record(trx, actor, {
          action: 'open311Client.created',
          targetType: 'open311Client',
          targetId: id,
          details: { name: input.name, channel: input.channel },
        });
        return { ...present((await repository.findClient(id))!), apiKey };
      });
    },

    /** Revokes the client's key at once; its tickets stay. Revoking twice changes nothing. */
    async revokeClient(actor: Actor, id: number): Promise<void> {
      requireAdmin(actor);
      await inTransaction(deps.db, async (trx) => {
        const repository = createOpen311Repository(trx);
        const client = await repository.findClient(id);
        if (!client)
          throw new AppError('OPEN311_CLIENT_NOT_FOUND', `Open311 客户端 ${id} 不存在`, { field: 'id' });
        if (client.revoked_at) return;
        await repository.revokeClient(id, deps.clock.now().toISOString(), actor.userId);
        await deps.audit.record(trx, actor, {
          action: 'open311Client.revoked',
          targetType: 'open311Client',
          targetId: id,
          details: { name: client.name },
        });
      });
    },

    /** The client an api_key belongs to; missing, unknown and revoked keys are refused alike (403). */
    async authenticate(apiKey: string | undefined): Promise<Open311Client> {
      const refuse = () => new AppError('OPEN311_API_KEY_INVALID', 'api_key 缺失、无效或已吊销');
      if (!apiKey || !apiKey.startsWith(KEY_PREFIX) || apiKey.length > 200) throw refuse();
      const repository = createOpen311Repository(deps.db);
      const row = await repository.findActiveClientByKeyHash(keyDigest(apiKey));
      if (!row) throw refuse();
      const now = deps.clock.now();
      const lastUsed = row.last_used_at ? Date.parse(row.last_used_at) : 0;
      if (now.getTime() - lastUsed > TOUCH_EVERY_MS)
        await repository.touchClient(Number(row.id), now.toISOString());
      return { id: Number(row.id), name: row.name, channel: row.channel as Channel };
    },
  };
}

export type Open311ClientsService = ReturnType<typeof createOpen311ClientsService>;
