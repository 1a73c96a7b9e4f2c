import fs from 'node:fs';
import { buildRoutineDocx } from '../src/server/modules/exports/docx';
import { buildRoutinePdf } from '../src/server/modules/exports/pdf';

/**
 * Writes <out>.pdf and <out>.docx of a dumped render model (bench/render-model-dump.ts), to look
 * at: tsx bench/render-files.ts /tmp/model.json /tmp/realistic && pdftoppm -png /tmp/realistic.pdf p
 */
const model = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8'));
const out = process.argv[3]!;
fs.writeFileSync(`${out}.pdf`, await buildRoutinePdf(model));
fs.writeFileSync(`${out}.docx`, await buildRoutineDocx(model));
