import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import {
  APPEAL_TYPE_LABELS,
  CLOSED_STATES,
  type TicketState,
  type AppealType,
} from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import {
  PORTAL_APPEAL_TYPES,
  PORTAL_LIMITS,
  type PortalAppealInput,
  type PortalOptions,
  type PortalTicketView,
} from '../../contracts/portal.schemas.ts';
import type { AttachmentsService } from '../attachments/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { Notifier } from '../notify/index.ts';
import type { TicketCommandsService, TicketQueriesService } from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import { createContentChecks, DEFAULT_BANNED_WORDS } from './content-checks.ts';
import { createPortalRepository } from './portal.repository.ts';
import { publicTicketView } from './public-view.ts';

/** The name the audit log and the ticket's history show for everything the portal does. */
export const PORTAL_USERNAME = 'portal';
export const PORTAL_DISPLAY_NAME = '市民（网上）';

export interface PortalSettings {
  /** Where photos wait between upload and submission (at most an hour). */
  photoDir: string;
  /** Words that refuse a submission (PORTAL_BANNED_WORDS). */
  bannedWords: readonly string[];
  /** Submissions per phone in ten minutes, and in a day. */
  perPhonePer10Minutes: number;
  perPhonePerDay: number;
}

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = {
  photoDir: join(tmpdir(), 'hotline-portal-photos'),
  bannedWords: DEFAULT_BANNED_WORDS,
  perPhonePer10Minutes: 3,
  perPhonePerDay: 10,
};

const PHOTO_HOLD_MS = 60 * 60 * 1000;
const CODE_TTL_SECONDS = 300;
const CODE_INTERVAL_MS = 60 * 1000;
const CODES_PER_DAY = 10;
const CODE_MAX_TRIES = 5;
const TOKEN_TTL_MS = 30 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The phone's latest portal tickets looked at for the open-ticket cap. */
const OPEN_CHECK_WINDOW = 20;
/** The units a citizen chooses as 所属区县: districts and development zones. */
export const DISTRICT_KINDS = new Set(['district', 'zone']);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A title from the content when the citizen gave none: its first sentence, at most 30 characters. */
function titleFrom(content: string): string {
  const first = content.split(/[。！？!?\n]/)[0]?.trim() || content;
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
}

export function createPortalService(deps: {
  db: Executor;
  clock: Clock;
  categories: Pick<CategoriesService, 'list'>;
  units: Pick<UnitsService, 'directory'>;
  tickets: Pick<TicketCommandsService, 'intake' | 'execute'>;
  ticketQueries: Pick<TicketQueriesService, 'getTicket' | 'getTicketByNumber' | 'assertVisible'>;
  attachments: Pick<AttachmentsService, 'upload' | 'content'>;
  notifier: Notifier;
  audit: AuditRecorder;
  settings?: Partial<PortalSettings>;
}) {
  const settings: PortalSettings = { ...DEFAULT_PORTAL_SETTINGS, ...deps.settings };
  const checkText = createContentChecks(settings.bannedWords);
  const repository = () => createPortalRepository(deps.db);
  const nowIso = () => deps.clock.now().toISOString();
  const ago = (ms: number) => new Date(deps.clock.now().getTime() - ms).toISOString();

  async function rootCode(): Promise<string> {
    return (await deps.units.directory()).root()?.code ?? '';
  }

  /**
   * The citizen as an actor: no account, the intake role (registers, cannot dispatch), or the revisit role for
   * a rating only. The name says where the step came from in the audit log and the ticket's history.
   */
  async function citizen(role: 'agent' | 'reviewer', address: string | null): Promise<Actor> {
    return {
      userId: null,
      username: PORTAL_USERNAME,
      displayName: PORTAL_DISPLAY_NAME,
      role,
      unitCode: await rootCode(),
      address,
    };
  }

  /** Reads tickets for the portal's own checks and views; never used to change anything. */
  async function reader(): Promise<Actor> {
    return {
      userId: null,
      username: PORTAL_USERNAME,
      displayName: PORTAL_DISPLAY_NAME,
      role: 'leader',
      unitCode: await rootCode(),
    };
  }

  async function findTicket(number: string) {
    try {
      return await deps.ticketQueries.getTicketByNumber(await reader(), number);
    } catch (error) {
      if (error instanceof AppError && error.code === 'TICKET_NOT_FOUND') return null;
      throw error;
    }
  }

  async function sweepPhotos(): Promise<number> {
    const expired = await repository().expiredPhotos(ago(PHOTO_HOLD_MS));
    await Promise.all(expired.map((row) => rm(row.path, { force: true })));
    await repository().deletePhotos(expired.map((row) => Number(row.id)));
    return expired.length;
  }

  async function view(ticketId: number): Promise<PortalTicketView> {
    const detail = await deps.ticketQueries.getTicket(await reader(), ticketId);
    const directory = await deps.units.directory();
    const photos = await repository().photosOfTicket(ticketId);
    return publicTicketView(detail, {
      unitName: (code) => directory.get(code)?.name ?? '承办单位',
      appealTypeLabel: APPEAL_TYPE_LABELS[detail.appealType as AppealType] ?? detail.appealType,
      photos: photos.map((p) => ({ id: Number(p.attachment_id), name: p.file_name })),
    });
  }

  /** The ticket a tracking token opens, or 401; a token opens exactly one ticket. */
  async function trackedTicket(number: string, token: string | undefined): Promise<number> {
    const refuse = () => new AppError('PORTAL_TRACK_TOKEN', '查询凭证无效或已过期，请重新获取验证码');
    if (!token) throw refuse();
    const found = await repository().findToken(sha256(token), nowIso());
    if (!found) throw refuse();
    const ticket = await findTicket(number);
    if (!ticket || ticket.id !== Number(found.ticket_id)) throw refuse();
    return ticket.id;
  }

  return {
    settings: () => settings,
    sweepPhotos,

    /** The demo's (or a first install's) named points; nothing is added once the table holds any. */
    async seedPlaces(
      places: readonly {
        name: string;
        initials: string;
        address: string;
        districtCode: string | null;
        lat: number | null;
        long: number | null;
      }[],
    ): Promise<number> {
      const repo = repository();
      if ((await repo.countPlaces()) > 0) return 0;
      await repo.insertPlaces(
        places.map((p) => ({
          name: p.name,
          initials: p.initials,
          address: p.address,
          district_code: p.districtCode,
          lat: p.lat,
          long: p.long,
          active: 1,
        })),
      );
      return places.length;
    },

    async options(): Promise<PortalOptions> {
      const all = await deps.categories.list(await reader(), { includeRetired: false });
      const active = all.filter((c) => c.active);
      const childrenOf = (code: string | null) => active.filter((c) => c.parentCode === code);
      const directory = await deps.units.directory();
      return {
        appealTypes: PORTAL_APPEAL_TYPES.map((key) => ({ key, label: APPEAL_TYPE_LABELS[key] })),
        categories: childrenOf(null).map((top) => ({
          code: top.code,
          name: top.name,
          children: childrenOf(top.code).map((middle) => ({
            code: middle.code,
            name: middle.name,
            children: childrenOf(middle.code).map((leaf) => ({
              code: leaf.code,
              name: leaf.name,
              children: [],
            })),
          })),
        })),
        districts: directory
          .all()
          .filter((u) => u.active && DISTRICT_KINDS.has(u.kind))
          .map((u) => ({ code: u.code, name: u.name })),
        limits: { ...PORTAL_LIMITS, photoTypes: [...PORTAL_LIMITS.photoTypes] },
      };
    },

    async places(query: { q?: string | undefined; district?: string | undefined }) {
      const rows = await repository().searchPlaces(query, 20);
      return {
        places: rows.map((r) => ({
          id: Number(r.id),
          name: r.name,
          address: r.address,
          districtCode: r.district_code,
          lat: r.lat === null ? null : Number(r.lat),
          long: r.long === null ? null : Number(r.long),
        })),
      };
    },

    /**
     * Holds one photo until the appeal is sent. The type is read from the bytes, never from the name or the
     * declared type: an SVG or an HTML page renamed .png is refused, so nothing a browser would run is kept.
     */
    async uploadPhoto(file: { data: Buffer; fileName: string }) {
      if (file.data.length === 0)
        throw new AppError('VALIDATION_FAILED', '请选择一张照片（字段 file）', { field: 'file' });
      if (file.data.length > PORTAL_LIMITS.maxPhotoBytes)
        throw new AppError('PAYLOAD_TOO_LARGE', '照片不能超过 5 MB', {
          field: 'file',
          limit: PORTAL_LIMITS.maxPhotoBytes,
        });
      const detected = await fileTypeFromBuffer(file.data);
      if (!detected || !(PORTAL_LIMITS.photoTypes as readonly string[]).includes(detected.mime))
        throw new AppError('PORTAL_FILE_TYPE', '只能上传 JPG、PNG 或 WebP 格式的照片', {
          field: 'file',
          detected: detected?.mime ?? null,
        });
      await sweepPhotos();
      const token = randomBytes(24).toString('base64url');
      await mkdir(settings.photoDir, { recursive: true, mode: 0o700 });
      const path = join(settings.photoDir, `${randomBytes(16).toString('hex')}.${detected.ext}`);
      await writeFile(path, file.data, { mode: 0o600 });
      const clean = (file.fileName.split(/[\\/]/).pop() ?? '')
        // eslint-disable-next-line no-control-regex -- control characters are removed from the name
        .replace(/[\u0000-\u001f\u007f"]/g, '')
        .trim();
      const name = (clean || `照片.${detected.ext}`).slice(-100);
      await repository().insertPhoto({
        token_hash: sha256(token),
        path,
        file_name: name,
        media_type: detected.mime,
        size_bytes: file.data.length,
        created_at: nowIso(),
        ticket_id: null,
        attachment_id: null,
      });
      return { photoToken: token, name, size: file.data.length, type: detected.mime };
    },

    /**
     * Registers an appeal through the tickets intake (channel 网站, waiting for dispatch). Every check runs
     * before anything is written: the form's hidden field, the text, the phone's limits, the category, the
     * place and the photos.
     */
    async submit(input: PortalAppealInput, address: string | null) {
      if (input.website && input.website.trim() !== '')
        throw new AppError('PORTAL_CONTENT_REFUSED', '提交未通过校验，请刷新页面后重试', {
          field: 'website',
        });
      checkText('title', '标题', input.title);
      checkText('content', '诉求内容', input.content);
      checkText('name', '姓名', input.name);
      checkText('address', '地址', input.address);

      const repo = repository();
      const recent = await repo.countSubmissionsSince(input.phone, ago(10 * 60 * 1000));
      const today = await repo.countSubmissionsSince(input.phone, ago(DAY_MS));
      if (recent >= settings.perPhonePer10Minutes || today >= settings.perPhonePerDay)
        throw new AppError('PORTAL_PHONE_THROTTLED', '该手机号提交过于频繁，请稍后再试', {
          field: 'phone',
          retryAfterSeconds: recent >= settings.perPhonePer10Minutes ? 600 : 3600,
        });
      // Counted over the phone's portal tickets: the centre's lists mask citizens' numbers, and reading them
      // unmasked would put an entry in the audit log for every submission.
      let open = 0;
      for (const ticketId of await repo.recentSubmissionTickets(input.phone, OPEN_CHECK_WINDOW)) {
        const { state } = await deps.ticketQueries.assertVisible(await reader(), ticketId);
        if (!CLOSED_STATES.includes(state as TicketState)) open += 1;
      }
      if (open >= PORTAL_LIMITS.maxOpenPerPhone)
        throw new AppError(
          'PORTAL_TOO_MANY_OPEN',
          `该手机号已有 ${open} 件诉求正在办理，请等待办理结果或拨打 12345`,
          { field: 'phone', limit: PORTAL_LIMITS.maxOpenPerPhone },
        );

      const categories = await deps.categories.list(await reader(), { includeRetired: false });
      const category = categories.find((c) => c.code === input.categoryCode && c.active);
      if (!category)
        throw new AppError('VALIDATION_FAILED', '诉求分类不存在或已停用', { field: 'categoryCode' });

      const directory = await deps.units.directory();
      let placeText = input.address ?? null;
      let districtCode = input.districtCode ?? null;
      if (input.placeId !== undefined) {
        const place = await repo.findPlace(input.placeId);
        if (!place) throw new AppError('VALIDATION_FAILED', '所选地点不存在', { field: 'placeId' });
        placeText = `${place.name}（${place.address}）${input.address ? ` ${input.address}` : ''}`;
        districtCode ??= place.district_code;
      }
      if (districtCode !== null) {
        const unit = directory.get(districtCode);
        if (!unit || !unit.active || !DISTRICT_KINDS.has(unit.kind))
          throw new AppError('VALIDATION_FAILED', '所属区县不存在', { field: 'districtCode' });
      }

      const tokenHashes = [...new Set(input.photoTokens)].map(sha256);
      const photos = await repo.heldPhotos(tokenHashes, ago(PHOTO_HOLD_MS));
      if (photos.length !== tokenHashes.length)
        throw new AppError('VALIDATION_FAILED', '照片已过期或不存在，请重新上传', { field: 'photoTokens' });

      const actor = await citizen('agent', address);
      const registered = await deps.tickets.intake(actor, {
        channel: 'web',
        appealType: input.appealType,
        category: category.code,
        urgency: 'normal',
        confidential: input.confidential,
        revisitConsent: input.revisitConsent,
        title: input.title || titleFrom(input.content),
        content: input.content,
        callerName: input.name || null,
        callerPhone: input.phone,
        address: placeText,
        districtCode,
        disposition: { type: 'requestDispatch', note: null },
      });
      await repo.insertSubmission({
        ticket_id: registered.ticketId,
        ticket_number: registered.number,
        phone: input.phone,
        address,
        created_at: nowIso(),
      });
      // The audit log says which tickets came in from the internet, and from which address.
      await deps.audit.record(deps.db, actor, {
        action: 'portal.appealSubmitted',
        targetType: 'ticket',
        targetId: registered.ticketId,
        details: { number: registered.number, photos: photos.length },
      });
      for (const photo of photos) {
        const saved = await deps.attachments.upload(
          actor,
          { kind: 'ticket', id: registered.ticketId },
          { path: photo.path, bytes: Number(photo.size_bytes) },
          { fileName: photo.file_name, note: '市民网上提交的照片' },
        );
        await repo.markAttached(Number(photo.id), registered.ticketId, saved.id);
        await rm(photo.path, { force: true });
      }
      const detail = await deps.ticketQueries.getTicket(await reader(), registered.ticketId);
      return {
        number: registered.number,
        receivedAt: detail.receivedAt,
        trackUrl: `/portal/track?number=${encodeURIComponent(registered.number)}`,
      };
    },

    /**
     * Sends a one-time code when the number and the phone belong together. The answer never says whether they
     * do, so the route cannot be used to learn which numbers exist or whose they are.
     */
    async sendTrackCode(number: string, phone: string): Promise<{ sent: true; expiresInSeconds: number }> {
      const answer = { sent: true as const, expiresInSeconds: CODE_TTL_SECONDS };
      const repo = repository();
      const submission = await repo.findSubmission(number);
      if (!submission || submission.phone !== phone) return answer;
      const ticket = { id: Number(submission.ticket_id), number };
      const sent = await repo.codesSentSince(phone, ago(DAY_MS));
      if (sent.count >= CODES_PER_DAY) return answer;
      if (sent.last !== null && sent.last > ago(CODE_INTERVAL_MS)) return answer;
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const now = deps.clock.now();
      await repo.insertCode({
        ticket_id: ticket.id,
        phone,
        code_hash: sha256(`${ticket.id}:${code}`),
        attempts: 0,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + CODE_TTL_SECONDS * 1000).toISOString(),
        spent_at: null,
      });
      await deps.notifier.send({
        phone,
        text: `【12345】您查询工单 ${ticket.number} 的验证码为 ${code}，${CODE_TTL_SECONDS / 60} 分钟内有效。如非本人操作请忽略。`,
      });
      return answer;
    },

    /** A right code buys a token for this one ticket for 30 minutes; five wrong tries burn the code. */
    async verifyTrackCode(number: string, phone: string, code: string) {
      const wrong = () => new AppError('PORTAL_CODE_INVALID', '验证码错误或已失效', { field: 'code' });
      const repo = repository();
      const submission = await repo.findSubmission(number);
      if (!submission) throw wrong();
      const ticket = { id: Number(submission.ticket_id) };
      const now = deps.clock.now();
      const live = await repo.liveCode(ticket.id, phone, now.toISOString());
      if (!live) throw wrong();
      if (live.code_hash !== sha256(`${ticket.id}:${code}`)) {
        await repo.countWrongTry(Number(live.id), CODE_MAX_TRIES, now.toISOString());
        throw wrong();
      }
      if (!(await repo.spendCode(Number(live.id), now.toISOString()))) throw wrong();
      // 32 random bytes: unguessable; only the digest is stored, so a copy of the database opens nothing.
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS).toISOString();
      await repo.insertToken({
        token_hash: sha256(token),
        ticket_id: ticket.id,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      });
      await deps.audit.record(deps.db, await citizen('agent', null), {
        action: 'portal.trackVerified',
        targetType: 'ticket',
        targetId: ticket.id,
      });
      return { trackToken: token, expiresAt };
    },

    async ticket(number: string, token: string | undefined): Promise<PortalTicketView> {
      return view(await trackedTicket(number, token));
    },

    /** One of the citizen's own photos on the ticket (never a file staff attached). */
    async photo(number: string, token: string | undefined, attachmentId: number) {
      const ticketId = await trackedTicket(number, token);
      const photos = await repository().photosOfTicket(ticketId);
      if (!photos.some((p) => Number(p.attachment_id) === attachmentId))
        throw new AppError('PORTAL_PHOTO_NOT_FOUND', '照片不存在');
      return deps.attachments.content(await reader(), attachmentId);
    },

    /**
     * The citizen's rating is the revisit: recorded through the tickets command service as a reached revisit on
     * the online channel, so it counts in 满意率 exactly as the centre's call would.
     */
    async rate(
      number: string,
      token: string | undefined,
      rating: {
        satisfaction: 'satisfied' | 'basic' | 'dissatisfied';
        solved: 'solved' | 'partly' | 'unsolved';
        comment?: string | undefined;
      },
      address: string | null,
    ): Promise<PortalTicketView> {
      const ticketId = await trackedTicket(number, token);
      checkText('comment', '评价', rating.comment);
      const detail = await deps.ticketQueries.getTicket(await reader(), ticketId);
      if (detail.state !== 'pendingRevisit')
        throw new AppError('PORTAL_RATING_CLOSED', '该诉求当前不能评价（仅在办理答复后、回访前可以评价）');
      const actor = await citizen('reviewer', address);
      await deps.tickets.execute(actor, ticketId, detail.version, {
        type: 'revisit',
        reached: true,
        satisfaction: rating.satisfaction,
        solved: rating.solved,
        note: rating.comment || null,
        channel: 'online',
      });
      await deps.audit.record(deps.db, actor, {
        action: 'portal.rated',
        targetType: 'ticket',
        targetId: ticketId,
        details: { satisfaction: rating.satisfaction, solved: rating.solved },
      });
      return view(ticketId);
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;
