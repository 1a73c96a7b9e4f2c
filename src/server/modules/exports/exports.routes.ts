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
import { renderDiagramSvg } from '../../../domain/render/diagram-svg';
import { renderMarkdown } from '../../../domain/render/markdown';
import { serviceContext } from '../../http/context';
import { publicOrigin } from '../../http/origin';
import { buildCardPdf, qrSvg } from './card';
import { buildRoutineDocx } from './docx';
import { loadExport, toExportDocument } from './exports.service';
import { importRoutine } from './import.service';
import { buildRoutinePdf } from './pdf';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

/**
 * The routine as files (members): PDF, Word, Markdown, JSON, the first-response card, the
 * swimlane diagram; and the import of an export.json (coordinators).
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['exports'];
  const load = (request: FastifyRequest, rid: string, query: ExportQuery) =>
    loadExport(serviceContext(app, request), rid, query, publicOrigin(app.config, request));

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
    { schema: schema('The routine as PDF (default: the adopted version, else the draft)') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
      return file(reply, 'application/pdf', `${fileBase}.pdf`, await buildRoutinePdf(model));
    },
  );
  app.get(
    '/api/routines/:rid/export.docx',
    { schema: schema('The routine as a Word file') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
      return file(reply, DOCX_TYPE, `${fileBase}.docx`, await buildRoutineDocx(model));
    },
  );
  app.get(
    '/api/routines/:rid/export.md',
    { schema: schema('The routine as Markdown') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
      return file(reply, 'text/markdown; charset=utf-8', `${fileBase}.md`, renderMarkdown(model));
    },
  );
  app.get(
    '/api/routines/:rid/export.json',
    {
      schema: schema(
        'The routine as lossless JSON ({format: "samrutin.routine-export/1", exportedAt, version, snapshot}), importable',
      ),
    },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
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
    { schema: schema('The first-response card: one A4 page with the entry points and a QR code') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
      const name = `${fileBase}-${request.query.lang === 'sv' ? 'kort' : 'card'}.pdf`;
      return file(reply, 'application/pdf', name, await buildCardPdf(model));
    },
  );
  app.get(
    '/api/routines/:rid/diagram.svg',
    { schema: schema('The swimlane diagram: a lane per actor, a column per step 2–5') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
      const svg = renderDiagramSvg(model.snapshot, model.meta.lang);
      return file(reply, 'image/svg+xml; charset=utf-8', `${fileBase}-diagram.svg`, svg, 'inline');
    },
  );
  app.get(
    '/api/routines/:rid/qr.svg',
    { schema: schema('A QR code (SVG) of the published page’s address, for the Publicera page') },
    async (request, reply) => {
      const { model, fileBase } = await load(request, request.params.rid, request.query);
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
        request.params.cid,
        request.body as unknown,
        request.query.acknowledgePersonalData,
      );
      return reply.status(201).send(result);
    },
  );
};
