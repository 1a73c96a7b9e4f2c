import type { CatalogueOf } from './catalogue';

/** The caps of LIMITS (contracts/common.ts) as the forms show them before they are hit. */
export const limitsSv = {
  what: {
    actorsPerCollaboration: 'aktörer',
    milestonesPerRoutine: 'milstolpar',
    knowledgeItemsPerCollaboration: 'poster i kunskapsbanken',
  },
  count: '{{count}} av högst {{max}} {{what}}',
  reached:
    'Gränsen är nådd: det får finnas högst {{max}} {{what}}. Ta bort någon innan du lägger till fler.',
} as const;

export const limitsEn: CatalogueOf<typeof limitsSv> = {
  what: {
    actorsPerCollaboration: 'actors',
    milestonesPerRoutine: 'milestones',
    knowledgeItemsPerCollaboration: 'knowledge-bank items',
  },
  count: '{{count}} of at most {{max}} {{what}}',
  reached:
    'The limit is reached: there may be at most {{max}} {{what}}. Remove some before adding more.',
};
