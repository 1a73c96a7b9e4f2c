import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import {
  type ExportQuery,
  ZExportQuery,
  ZImportQuery,
  ZImportResult,
  ZRoutineExport,
} from '../../../contracts/exports';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { publicOrigin } from '../../http/origin';
import type { RenderTask } from '../../workers/tasks';
import { type AccountRateLimitOptions, rateLimitsOf } from '../auth/account-rate-limit';
import { qrSvg } from './card';
import { ExportFiles, resolveExport, toExportDocument } from './exports.service';
import { importRoutine } from './import.service';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

/**
 * The routine as files (members): PDF, Word, Markdown, JSON, the first-response card, the
 * swimlane diagram; and the import of an export.json (coordinators).
 */
export const exportRoutes: FastifyPluginAsyncZod<AccountRateLimitOptions> = async (
  app,
  options,
) => {
  // Rendering a PDF or Word file costs CPU: the tightest limit per user (per IP when signed
  // out). Shared by every process through Redis when REDIS_URL is set.
  const limit = rateLimitsOf(options);
  const tags = ['exports'];
  // Renders run in the app's worker threads; files of frozen versions are kept in the database.
  const files = new ExportFiles(app.database.db, app.workers, app.clock, (err) =>
    app.log.warn({ err }, 'a rendered file could not be kept; it is rendered again next time'),
  );
  const resolve = (request: FastifyRequest, rid: string, query: ExportQuery) =>
    resolveExport(serviceContext(app, request), rid, query, publicOrigin(app.config, request));
  /** A file's bytes: kept ones for a frozen version, else rendered now (in a worker). */
  const render = async (
    request: FastifyRequest,
    rid: string,
    query: ExportQuery,
    format: RenderTask,
  ) => {
    const resolved = await resolve(request, rid, query);
    return { body: await files.get(format, resolved), fileBase: resolved.fileBase };
  };

  const file = (
    reply: FastifyReply,
    type: string,
    name: string,
    body: string | Buffer,
    disposition: 'attachment' | 'inline' = 'attachment',
  ) =>
    reply
      .header('content-disposition', `${disposition}; filename="${name}"`)
      .header('cache-control', 'private, no-cache')
      .type(type)
      .send(body);

  const schema = (summary: string) => ({
    tags,
    summary,
    params: ZRoutineParams,
    querystring: ZExportQuery,
  });

  app.get(
    '/api/routines/:rid/export.pdf',
    {
      config: limit.render,
      schema: schema('The routine as PDF (default: the adopted version, else the draft)'),
    },
    async (request, reply) => {
      const { body, fileBase } = await render(request, request.params.rid, request.query, 'pdf');
      return file(reply, 'application/pdf', `${fileBase}.pdf`, body);
    },
  );
  app.get(
    '/api/routines/:rid/export.docx',
    { config: limit.render, schema: schema('The routine as a Word file') },
    async (request, reply) => {
      const { body, fileBase } = await render(request, request.params.rid, request.query, 'docx');
      return file(reply, DOCX_TYPE, `${fileBase}.docx`, body);
    },
  );
  app.get(
    '/api/routines/:rid/export.md',
    { config: limit.textExport, schema: schema('The routine as Markdown') },
    async (request, reply) => {
      const { body, fileBase } = await render(request, request.params.rid, request.query, 'md');
      return file(reply, 'text/markdown; charset=utf-8', `${fileBase}.md`, body);
    },
  );
  app.get(
    '/api/routines/:rid/export.json',
    {
      config: limit.textExport,
      schema: schema(
        'The routine as lossless JSON ({format: "samrutin.routine-export/1", exportedAt, version, snapshot}), importable',
      ),
    },
    async (request, reply) => {
      const resolved = await resolve(request, request.params.rid, request.query);
      const { fileBase } = resolved;
      const model = await resolved.model();
      return file(
        reply,
        'application/json; charset=utf-8',
        `${fileBase}.json`,
        `${JSON.stringify(toExportDocument(model), null, 2)}\n`,
      );
    },
  );
  app.get(
    '/api/routines/:rid/card.pdf',
    {
      config: limit.render,
      schema: schema('The first-response card: one A4 page with the entry points and a QR code'),
    },
    async (request, reply) => {
      const { body, fileBase } = await render(request, request.params.rid, request.query, 'card');
      const name = `${fileBase}-${request.query.lang === 'sv' ? 'kort' : 'card'}.pdf`;
      return file(reply, 'application/pdf', name, body);
    },
  );
  app.get(
    '/api/routines/:rid/diagram.svg',
    {
      config: limit.textExport,
      schema: schema('The swimlane diagram: a lane per actor, a column per step 2–5'),
    },
    async (request, reply) => {
      const { body, fileBase } = await render(request, request.params.rid, request.query, 'svg');
      return file(reply, 'image/svg+xml; charset=utf-8', `${fileBase}-diagram.svg`, body, 'inline');
    },
  );
  app.get(
    '/api/routines/:rid/qr.svg',
    {
      config: limit.textExport,
      schema: schema('A QR code (SVG) of the published page’s address, for the Publicera page'),
    },
    async (request, reply) => {
      const resolved = await resolve(request, request.params.rid, request.query);
      const { fileBase } = resolved;
      const model = await resolved.model();
      return file(
        reply,
        'image/svg+xml; charset=utf-8',
        `${fileBase}-qr.svg`,
        await qrSvg(model.meta.publicUrl),
        'inline',
      );
    },
  );

  app.post(
    '/api/collaborations/:cid/routines/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: limit.import,
      schema: {
        tags,
        summary:
          'Recreate an exported routine as a new draft (coordinators); 400 lists every problem, nothing is half-imported',
        params: ZCollaborationParams,
        querystring: ZImportQuery,
        body: ZRoutineExport,
        response: { 201: ZImportResult },
      },
      // The schema documents the body; the service validates it, so that shape and reference
      // problems come back together in one 400.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
    },
    async (request, reply) => {
      const result = await importRoutine(
        serviceContext(app, request),
        app.workers,
        request.params.cid,
        request.body as unknown,
        request.query.acknowledgePersonalData,
      );
      return reply.status(201).send(result);
    },
  );
};
