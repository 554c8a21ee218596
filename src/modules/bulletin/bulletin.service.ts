import { isUnitRole } from '../../domain/access/roles.ts';
import type { ScoringScheme } from '../../domain/scoring/index.ts';
import {
  isLocalDate,
  localDate,
  parseLocalTime,
  startOfLocalDate,
  addCalendarDays,
} from '../../domain/time.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { LineFigures } from '../../contracts/lines.schemas.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { figureRulesOf, type EvaluationService, type SchemesService } from '../evaluation/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { TicketFacts } from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import { buildBulletin } from './bulletin-builder.ts';
import type { Bulletin } from '../../contracts/bulletin-document.ts';
import { renderBulletin, type BulletinFormat, type RenderedBulletin } from './render/index.ts';

export interface HighlightInput {
  ticketNumber: string | null;
  /** Editorial heading; defaults to the ticket's title */
  title?: string;
  /** Editorial text; defaults to the appeal and the handling unit's reply */
  text?: string;
}

export interface BulletinOptions {
  from: string;
  to: string;
  /** Figures as of this moment; defaults to now */
  asOf?: Date;
  /** A preset id or a scheme file; defaults to the reference city's */
  scheme?: string | ScoringScheme;
  publishedOn?: string;
  highlights?: HighlightInput[];
}

/** A bulletin and, unless it was asked for as JSON, its rendered file. */
export interface PublishedBulletin {
  bulletin: Bulletin;
  file: RenderedBulletin | null;
}

export function createBulletinService(deps: {
  clock: Clock;
  audit: AuditRecorder;
  ticketFacts: TicketFacts;
  units: UnitsService;
  evaluation: EvaluationService;
  schemes: SchemesService;
  /** 转出 and 转入 of the other lines in [from, to), handed in by the composition root (lines module) */
  lineFigures?: (from: Date, to: Date) => Promise<LineFigures>;
}) {
  async function highlightsOf(inputs: readonly HighlightInput[]): Promise<Bulletin['highlights']> {
    const out: Bulletin['highlights'] = [];
    for (const input of inputs) {
      if (!input.ticketNumber) {
        if (!input.title || !input.text)
          throw new AppError('VALIDATION_FAILED', '典型件需要工单编号，或标题和正文', {
            field: 'highlights',
          });
        out.push({ title: input.title, text: input.text, ticketNumber: null });
        continue;
      }
      const ticket = await deps.ticketFacts.withReply(input.ticketNumber);
      if (!ticket)
        throw new AppError('TICKET_NOT_FOUND', `典型件工单 ${input.ticketNumber} 不存在`, {
          field: 'highlights',
        });
      const unitName = ticket.reply
        ? ((await deps.units.directory()).get(ticket.reply.unitCode)?.name ?? '')
        : '';
      const reply = ticket.reply?.text ?? ticket.answer ?? '';
      out.push({
        title: input.title ?? `${unitName}${ticket.title}`,
        text: input.text ?? `${ticket.content}${unitName ? `${unitName}接到诉求后，` : ''}${reply}`,
        ticketNumber: input.ticketNumber,
      });
    }
    return out;
  }

  async function build(options: BulletinOptions): Promise<Bulletin> {
    for (const [field, value] of [
      ['from', options.from],
      ['to', options.to],
    ] as const) {
      if (!isLocalDate(value))
        throw new AppError('VALIDATION_FAILED', `${field} 应为 YYYY-MM-DD 日期`, { field });
    }
    if (options.from > options.to)
      throw new AppError('VALIDATION_FAILED', '起始日期晚于结束日期', { field: 'from' });
    const scheme =
      typeof options.scheme === 'object' ? options.scheme : await deps.schemes.resolve(options.scheme);
    const asOf = options.asOf ?? deps.clock.now();
    const figures = await deps.evaluation.periodFigures(
      { from: options.from, to: options.to, asOf },
      figureRulesOf(scheme),
    );
    const bulletin = buildBulletin({
      figures,
      scheme,
      units: (await deps.units.directory()).all(),
      publishedOn: options.publishedOn ?? localDate(deps.clock.now()),
      highlights: await highlightsOf(options.highlights ?? []),
    });
    if (!deps.lineFigures) return bulletin;
    // An additive block for the JSON form: the document's text and tables do not read it.
    const lines = await deps.lineFigures(
      startOfLocalDate(options.from),
      startOfLocalDate(addCalendarDays(options.to, 1)),
    );
    return { ...bulletin, lines };
  }

  return {
    build,

    /** 典型件 as they will be printed: a ticket's title and text unless the supervisor wrote their own. */
    printedHighlights: highlightsOf,

    /** The default wording of one ticket as a 典型件, for a supervisor to edit before issuing. */
    async highlightDraft(actor: Actor, ticketNumber: string): Promise<Bulletin['highlights'][number]> {
      if (isUnitRole(actor.role)) throw new AppError('FORBIDDEN', '承办单位不能编辑全市通报');
      const [draft] = await highlightsOf([{ ticketNumber }]);
      return draft!;
    },

    /**
     * A bulletin for someone to read or take away. Bulletins compare every unit with its peers: the centre's
     * roles read them, units see their own tickets; every bulletin leaving the system is audited.
     */
    async publish(
      actor: Actor,
      options: BulletinOptions,
      format: BulletinFormat,
    ): Promise<PublishedBulletin> {
      if (isUnitRole(actor.role)) throw new AppError('FORBIDDEN', '承办单位不能生成全市通报');
      const bulletin = await build(options);
      await deps.audit.recordRead(actor, {
        action: 'bulletin.exported',
        targetType: 'bulletin',
        targetId: `${bulletin.period.from}_${bulletin.period.to}`,
        details: { format },
      });
      return { bulletin, file: format === 'json' ? null : await renderBulletin(bulletin, format) };
    },

    async render(options: BulletinOptions, format: BulletinFormat) {
      return renderBulletin(await build(options), format);
    },
  };
}

/** The default as-of moment for a period that has ended: the end of its last day. */
export function endOfPeriod(to: string): Date {
  return new Date(startOfLocalDate(addCalendarDays(to, 1)).getTime() - 1000);
}

export function parseAsOf(text: string | undefined): Date | undefined {
  return text ? parseLocalTime(text) : undefined;
}

export type BulletinService = ReturnType<typeof createBulletinService>;
