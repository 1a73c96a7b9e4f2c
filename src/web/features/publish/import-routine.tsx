import '../../i18n/areas/publish';
import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useImportRoutine } from '../../api/publish';
import { ErrorSummary, FieldShell, useFormErrors } from '../../components/form';
import { Icon } from '../../components/icons';
import { useTranslation } from '../../i18n';
import { type DescribedProblem, describeProblem } from './import-problems';

const FILE_FIELD = 'import-file';
/** The server's limit for an import body. */
const MAX_BYTES = 5 * 1024 * 1024;

type Outcome =
  | { kind: 'problems'; problems: DescribedProblem[] }
  | { kind: 'personalData' }
  | { kind: 'failed'; message: string };

/**
 * Importera en rutin (coordinators): read an export.json in the browser, send it, and go to
 * the new draft; a refused file lists every problem with where in the file it is.
 */
export function ImportRoutine({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const importRoutine = useImportRoutine(cid);
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const documentRef = useRef<unknown>(null);

  useLayoutEffect(() => {
    if (focusKey > 0) outcomeRef.current?.focus();
  }, [focusKey]);

  async function send(document: unknown, acknowledge: boolean) {
    try {
      const created = await importRoutine.mutateAsync({ document, acknowledge });
      navigate(`/rutiner/${created.id}`);
      return;
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED') && error.fieldErrors.length > 0) {
        setOutcome({
          kind: 'problems',
          problems: error.fieldErrors.map((problem) => describeProblem(problem, t)),
        });
      } else if (isApiError(error, 'PERSONAL_DATA_SUSPECTED')) {
        setOutcome({ kind: 'personalData' });
      } else if (isApiError(error, 'FORBIDDEN')) {
        setOutcome({ kind: 'failed', message: t('publish.import.forbidden') });
      } else if (isApiError(error, 'PAYLOAD_TOO_LARGE')) {
        setOutcome({ kind: 'failed', message: t('publish.import.tooLarge') });
      } else if (isApiError(error, 'MALFORMED_JSON')) {
        setOutcome({ kind: 'failed', message: t('publish.import.notJson') });
      } else {
        setOutcome({ kind: 'failed', message: t('publish.import.failed') });
      }
    }
    setFocusKey((k) => k + 1);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (importRoutine.isPending) return;
    setOutcome(null);
    if (!file) return errors.show([{ fieldId: FILE_FIELD, message: t('publish.import.noFile') }]);
    if (file.size > MAX_BYTES) {
      return errors.show([{ fieldId: FILE_FIELD, message: t('publish.import.tooLarge') }]);
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return errors.show([{ fieldId: FILE_FIELD, message: t('publish.import.unreadable') }]);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return errors.show([{ fieldId: FILE_FIELD, message: t('publish.import.notJson') }]);
    }
    errors.clear();
    documentRef.current = document;
    await send(document, false);
  }

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <FieldShell
          id={FILE_FIELD}
          label={t('publish.import.fileLabel')}
          hint={t('publish.import.fileHint')}
          error={errors.of(FILE_FIELD)}
        >
          {(describedBy) => (
            <input
              id={FILE_FIELD}
              name={FILE_FIELD}
              type="file"
              className="file-input"
              accept=".json,application/json"
              aria-describedby={describedBy}
              aria-invalid={errors.of(FILE_FIELD) ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setOutcome(null);
              }}
            />
          )}
        </FieldShell>
        <button
          type="submit"
          className="button"
          aria-disabled={importRoutine.isPending || undefined}
        >
          {importRoutine.isPending ? t('publish.import.importing') : t('publish.import.submit')}
        </button>
      </form>
      <div ref={outcomeRef} tabIndex={-1} className="import-outcome">
        {outcome?.kind === 'problems' ? (
          <div className="notice notice--error" role="alert">
            <h3 className="notice__title">
              <Icon name="warning" /> {t('publish.import.problemsTitle')}
            </h3>
            <p>{t('publish.import.problemsText', { count: outcome.problems.length })}</p>
            <ul className="list-bullet import-problems">
              {outcome.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a field may have several problems
                <li key={`${problem.field}-${index}`}>
                  <span className="import-problems__where">{problem.where}:</span>{' '}
                  {problem.isTranslated ? problem.what : <span lang="en">{problem.what}</span>}{' '}
                  <span className="import-problems__field">
                    ({t('publish.import.where')}: <code>{problem.field}</code>)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : outcome?.kind === 'personalData' ? (
          <div className="notice notice--error" role="alert">
            <p>{t('publish.import.personalData')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void send(documentRef.current, true)}
            >
              {t('publish.import.importAnyway')}
            </button>
          </div>
        ) : outcome?.kind === 'failed' ? (
          <div className="notice notice--error" role="alert">
            <p>{outcome.message}</p>
          </div>
        ) : null}
      </div>
    </>
  );
}
