// A worker for tests: the app's own tasks, except that the PDF of a routine whose title names
// a failure fails that way (test/integration/export-files.test.ts).
import { tsImport } from 'tsx/esm/api';

const { serveTasks, TASKS } = await tsImport('../../src/server/workers/tasks.ts', import.meta.url);
const { AppError } = await tsImport('../../src/server/core/errors.ts', import.meta.url);

serveTasks({
  ...TASKS,
  pdf: (model) => {
    const title = model.snapshot.routine.title;
    if (title === 'Krasch') process.exit(70);
    if (title === 'Fel i renderingen') throw new Error('pdfmake could not lay out a table');
    if (title === 'För stor') {
      throw new AppError('PAYLOAD_TOO_LARGE', 'The routine is too large to render as a PDF.');
    }
    return TASKS.pdf(model);
  },
});
