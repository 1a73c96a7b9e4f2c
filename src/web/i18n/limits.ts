import type { CatalogueOf } from './catalogue';

/** The caps of LIMITS (contracts/limits.ts) as the forms show them before they are hit. */
export const limitsSv = {
  what: {
    actorsPerCollaboration: 'aktörer',
    actionsPerRoutine: 'åtgärder i rutinen',
    obstaclesPerRoutine: 'hinder i rutinen',
    milestonesPerRoutine: 'milstolpar',
    knowledgeItemsPerCollaboration: 'poster i kunskapsbanken',
    versionsPerRoutine: 'versioner',
    commentsPerRoutine: 'kommentarer i rutinen',
    membersPerCollaboration: 'medlemmar',
    collaborationsPerAccount: 'samverkansgrupper som du har skapat',
  },
  count: '{{count}} av högst {{max}} {{what}}',
  near: '{{count}} av högst {{max}} {{what}}. Det finns plats för {{left}} till.',
  reached:
    'Gränsen är nådd: det får finnas högst {{max}} {{what}}. Ta bort någon innan du lägger till fler.',
  reachedOf: {
    versionsPerRoutine:
      'Gränsen är nådd: en rutin får ha högst {{max}} versioner, så ingen ny version kan frysas.',
    collaborationsPerAccount:
      'Gränsen är nådd: ett konto får skapa högst {{max}} samverkansgrupper. Du kan fortfarande bli inbjuden till andra.',
  },
  /** The API's 409 LIMIT_REACHED in a form, naming the cap. */
  refused: {
    actorsPerCollaboration:
      'Samverkan har redan {{max}} aktörer, som är största antalet. Ta bort någon innan du lägger till fler.',
    actionsPerRoutine:
      'Rutinen har redan {{max}} åtgärder, som är största antalet. Ta bort någon innan du lägger till fler.',
    obstaclesPerRoutine:
      'Rutinen har redan {{max}} hinder, som är största antalet. Ta bort något innan du lägger till fler.',
    milestonesPerRoutine:
      'Rutinen har redan {{max}} milstolpar, som är största antalet. Ta bort någon innan du lägger till fler.',
    knowledgeItemsPerCollaboration:
      'Kunskapsbanken har redan {{max}} poster, som är största antalet. Ta bort någon innan du lägger till fler.',
    versionsPerRoutine:
      'Rutinen har redan {{max}} versioner, som är största antalet, så ingen ny version kan frysas.',
    commentsPerRoutine:
      'Rutinen har redan {{max}} kommentarer, som är största antalet. Ta bort någon innan du skriver fler.',
    membersPerCollaboration:
      'Samverkan har redan {{max}} medlemmar, som är största antalet. Ta bort någon innan du bjuder in fler.',
    collaborationsPerAccount:
      'Du har redan skapat {{max}} samverkansgrupper, som är största antalet för ett konto.',
    other: 'Gränsen för hur många det får finnas är nådd. Ta bort någon innan du lägger till fler.',
  },
} as const;

export const limitsEn: CatalogueOf<typeof limitsSv> = {
  what: {
    actorsPerCollaboration: 'actors',
    actionsPerRoutine: 'actions in the routine',
    obstaclesPerRoutine: 'obstacles in the routine',
    milestonesPerRoutine: 'milestones',
    knowledgeItemsPerCollaboration: 'knowledge-bank items',
    versionsPerRoutine: 'versions',
    commentsPerRoutine: 'comments in the routine',
    membersPerCollaboration: 'members',
    collaborationsPerAccount: 'collaborations created by you',
  },
  count: '{{count}} of at most {{max}} {{what}}',
  near: '{{count}} of at most {{max}} {{what}}. There is room for {{left}} more.',
  reached:
    'The limit is reached: there may be at most {{max}} {{what}}. Remove some before adding more.',
  reachedOf: {
    versionsPerRoutine:
      'The limit is reached: a routine may have at most {{max}} versions, so no new version can be frozen.',
    collaborationsPerAccount:
      'The limit is reached: an account may create at most {{max}} collaborations. You can still be invited to others.',
  },
  refused: {
    actorsPerCollaboration:
      'The collaboration already has {{max}} actors, which is the most there may be. Remove one before adding more.',
    actionsPerRoutine:
      'The routine already has {{max}} actions, which is the most there may be. Remove one before adding more.',
    obstaclesPerRoutine:
      'The routine already has {{max}} obstacles, which is the most there may be. Remove one before adding more.',
    milestonesPerRoutine:
      'The routine already has {{max}} milestones, which is the most there may be. Remove one before adding more.',
    knowledgeItemsPerCollaboration:
      'The knowledge bank already has {{max}} items, which is the most there may be. Remove one before adding more.',
    versionsPerRoutine:
      'The routine already has {{max}} versions, which is the most there may be, so no new version can be frozen.',
    commentsPerRoutine:
      'The routine already has {{max}} comments, which is the most there may be. Remove one before writing more.',
    membersPerCollaboration:
      'The collaboration already has {{max}} members, which is the most there may be. Remove one before inviting more.',
    collaborationsPerAccount:
      'You have already created {{max}} collaborations, which is the most an account may create.',
    other: 'The limit of how many there may be is reached. Remove some before adding more.',
  },
};
