import '../../i18n/areas/publish';
import type { FieldError } from '../../../contracts/errors';
import type { TFunction } from '../../i18n';

/**
 * An import's 400 lists every problem as `{field, message}`: the field is a path in the
 * export.json (`snapshot.actors.1.contactPaths.0.value`), the message the server's English.
 * Here both become words a coordinator can act on; a message Samrutin does not know is shown
 * as the server wrote it, marked as English.
 */

const LEAVES = [
  'id',
  'name',
  'kind',
  'title',
  'slug',
  'area',
  'mainRule',
  'description',
  'channel',
  'value',
  'display',
  'href',
  'label',
  'hours',
  'always',
  'audience',
  'notes',
  'step',
  'actorId',
  'what',
  'when',
  'contactPathId',
  'isEntryPoint',
  'position',
  'remedy',
  'ownerActorId',
  'phase',
  'plannedDate',
  'doneDate',
  'method',
  'responsibleActorId',
  'frequencyMonths',
  'nextReviewDate',
  'number',
  'hash',
  'adoptedAt',
  'url',
  'source',
  'sv',
  'en',
] as const;
type Leaf = (typeof LEAVES)[number];
const isLeaf = (part: string): part is Leaf => (LEAVES as readonly string[]).includes(part);

/** Parts followed by an index: "actors.2" reads "Aktör 3". */
const COUNTED = [
  'actors',
  'contactPaths',
  'actions',
  'handoffTo',
  'obstacles',
  'knowledge',
  'milestones',
  'indicators',
  'steps',
] as const;
type Counted = (typeof COUNTED)[number];
const isCounted = (part: string): part is Counted => (COUNTED as readonly string[]).includes(part);

const NAMED = [
  'format',
  'exportedAt',
  'version',
  'snapshot',
  'schema',
  'template',
  'collaboration',
  'routine',
  'answers',
  'evaluationPlan',
] as const;
type Named = (typeof NAMED)[number];
const isNamed = (part: string): part is Named => (NAMED as readonly string[]).includes(part);

/** "snapshot.actors.1.contactPaths.0.value" → "Aktör 2 › kontaktväg 1 › kontaktuppgift". */
export function describeField(field: string, t: TFunction): string {
  if (field === '' || field === '(body)') return t('publish.field.body');
  const parts = field.split('.');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    // The snapshot is the routine itself: say what inside it, not "the content".
    if (part === 'snapshot' && i === 0 && next !== undefined) continue;
    if (part === 'answers' && next !== undefined) {
      // Question ids contain a dot themselves: "answers.s2.q1".
      const id = `${next}.${parts[i + 2] ?? ''}`;
      const match = /^s(\d+)\.q(\d+)$/.exec(id);
      if (match) {
        words.push(t('publish.field.answer', { step: match[1] ?? '', question: match[2] ?? '' }));
        i += 2;
        continue;
      }
    }
    if (isCounted(part) && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(`publish.field.${part}`, { n: Number(next) + 1 }));
      i += 1;
      continue;
    }
    if (isNamed(part)) words.push(t(`publish.field.${part}`));
    else if (isLeaf(part)) words.push(t(`publish.field.leaf.${part}`));
    else words.push(part);
  }
  const text = words.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Known = { key: string; values?: Record<string, string | number> };

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Known]> = [
  [/^Invalid input: expected "samrutin\.routine(-export)?\/1"/, () => ({ key: 'notExport' })],
  [/^Invalid input: expected \w+, received undefined$/, () => ({ key: 'missing' })],
  [/^Invalid input: expected \w+, received \w+$/, () => ({ key: 'wrongType' })],
  [/^Invalid option: /, () => ({ key: 'notOneOf' })],
  [/^Invalid input: expected "/, () => ({ key: 'notOneOf' })],
  [/^Too small: expected string to have >=1 characters?$/, () => ({ key: 'empty' })],
  [
    /^Too big: expected string to have <=(\d+)/,
    (m) => ({ key: 'tooLong', values: { max: m[1] ?? '' } }),
  ],
  [
    /^Too big: expected array to have <=(\d+)/,
    (m) => ({ key: 'tooMany', values: { max: m[1] ?? '' } }),
  ],
  [
    /^Too big: expected number to be <=(\d+)/,
    (m) => ({ key: 'tooBig', values: { max: m[1] ?? '' } }),
  ],
  [
    /^Too small: expected number to be >=(\d+)/,
    (m) => ({ key: 'tooSmall', values: { min: m[1] ?? '' } }),
  ],
  [/^Invalid ISO date/, () => ({ key: 'invalidDate' })],
  [/^Unrecognized keys?: (.+)$/, (m) => ({ key: 'unknownKeys', values: { keys: m[1] ?? '' } })],
  [/^is ".*" version .*; this server has/, () => ({ key: 'otherTemplate' })],
  [/^is not a question of the template$/, () => ({ key: 'notQuestion' })],
  [
    /^is used by (actors|actions)\.\d+ too$|^is used by another contact path too$/,
    () => ({ key: 'duplicateId' }),
  ],
  [/^is the name of actors\.\d+ too/, () => ({ key: 'duplicateName' })],
  [/^is not an actor of this document$/, () => ({ key: 'notActor' })],
  [/^is not a contact path of this document$/, () => ({ key: 'notContactPath' })],
  [/^is a contact path of another actor/, () => ({ key: 'otherActorsPath' })],
  [/^entry points .* belong to step 3$/, () => ({ key: 'entryPointStep' })],
  [/^an action cannot hand over to itself$/, () => ({ key: 'handoffToSelf' })],
  [/^is not an action of this document$/, () => ({ key: 'notAction' })],
  [/^lists the same action twice$/, () => ({ key: 'sameActionTwice' })],
  [/^must be an http\(s\) address$/, () => ({ key: 'notUrl' })],
  [/^must be 1–300 characters$/, () => ({ key: 'titleLength' })],
  [/is not a valid phone number/, () => ({ key: 'badPhone' })],
  [/is not a valid e-mail address/, () => ({ key: 'badEmail' })],
  [/is not a valid web address/, () => ({ key: 'badWeb' })],
];

export interface DescribedProblem {
  /** where, in words */
  where: string;
  /** the field path as in the file, for whoever edits it */
  field: string;
  /** what is wrong, in the UI language when Samrutin knows the problem */
  what: string;
  /** false: `what` is the server's English text */
  isTranslated: boolean;
}

export function describeProblem(problem: FieldError, t: TFunction): DescribedProblem {
  const where = describeField(problem.field, t);
  for (const [pattern, toKnown] of PATTERNS) {
    const match = pattern.exec(problem.message);
    if (!match) continue;
    const known = toKnown(match);
    // The keys above are all in publish.problem; the key type cannot see that.
    const what = t(`publish.problem.${known.key}` as 'publish.problem.missing', known.values ?? {});
    return { where, field: problem.field, what, isTranslated: true };
  }
  return { where, field: problem.field, what: problem.message, isTranslated: false };
}
