import { citeAll, LEGAL_SOURCES } from '../legal-sources';
import type { RoutineSnapshot, SnapshotActor } from '../snapshot';
import { actionsById, actorsById } from './lookup';
import { anyMatches } from './text-match';
import type { Rule } from './types';

const S = LEGAL_SOURCES;

/** The routine addresses children: an action for children or for everyone. */
const concernsChildren = (snapshot: RoutineSnapshot) =>
  snapshot.actions.some((a) => a.audience === 'children' || a.audience === 'all');

/** A contact path that children's matters can use (for children or for everyone). */
const reachableForChildren = (actor: SnapshotActor | undefined) =>
  actor?.contactPaths.some((p) => p.audience === 'children' || p.audience === 'all') ?? false;

/**
 * When the routine concerns children, social services receive reports of concern about
 * children: an action of kind `report_of_concern` performed by social services, for children
 * or for everyone, and social services have a contact path for children (or for everyone); or
 * another organisation's report-of-concern action hands over to such a social-services actor.
 * Another organisation's own report-of-concern action (the school reports) neither satisfies
 * the rule nor raises it again: there is one finding per routine at most.
 */
export const childReportOfConcern: Rule = {
  id: 'child-report-of-concern',
  family: 'children',
  check: ({ snapshot }) => {
    if (!concernsChildren(snapshot)) return [];
    const actors = actorsById(snapshot);
    const receiving = snapshot.actions.filter(
      (a) =>
        a.kind === 'report_of_concern' &&
        a.audience !== 'adults' &&
        actors.get(a.actorId)?.kind === 'social_services',
    );
    if (receiving.some((a) => reachableForChildren(actors.get(a.actorId)))) return [];
    // Or: someone's report of concern hands over to a social-services action, reachable for children.
    const actions = actionsById(snapshot);
    const handedToSocialServices = snapshot.actions.some(
      (a) =>
        a.kind === 'report_of_concern' &&
        a.handoffTo.some((id) => {
          const receiver = actors.get(actions.get(id)?.actorId ?? '');
          return receiver?.kind === 'social_services' && reachableForChildren(receiver);
        }),
    );
    if (handedToSocialServices) return [];
    const receiver = receiving[0] ? actors.get(receiving[0].actorId) : undefined;
    const message = receiver
      ? {
          sv: `${receiver.name} tar emot orosanmälningar om barn men har ingen kontaktväg för barn. Lägg till en kontaktväg hos ${receiver.name} för barn eller för alla, så att den som gör en orosanmälan vet vart den ska.`,
          en: `${receiver.name} receives reports of concern about children but has no contact path for children. Add a contact path of ${receiver.name} for children or for everyone, so whoever reports concern knows where to send it.`,
        }
      : {
          sv: 'Rutinen gäller barn, men ingen åtgärd visar att socialtjänsten tar emot orosanmälningar om barn. Lägg till en åtgärd i steg 3 av typen orosanmälan som socialtjänsten utför, för barn eller för alla, och ge socialtjänsten en kontaktväg för barn. Socialtjänsten ansvarar för varje barn, oavsett barnets rättsliga status. Finns det skäl att tro att en person är under 18 år ska hen behandlas som ett barn tills åldern är fastställd.',
          en: 'The routine concerns children, but no action shows social services receiving reports of concern about children. Add an action in step 3 of the kind report of concern performed by social services, for children or for everyone, and give social services a contact path for children. Social services are responsible for every child, whatever the child’s legal status. Where there are reasons to believe a person is under 18, treat them as a child until their age is established.',
        };
    return [
      {
        rule: 'child-report-of-concern',
        severity: 'blocker',
        message,
        target: receiver ? { type: 'actor', id: receiver.id, step: 3 } : { type: 'step', step: 3 },
        source: citeAll(S.socialServicesAct, S.cetsPresumedChild),
      },
    ];
  },
};

/** God man, särskilt förordnad vårdnadshavare, överförmyndaren, guardian (compact form). */
const GUARDIAN = /godman|förordnadvårdnadshavare|överförmyndar|guardian/;

/**
 * CETS 197 art. 10.4: an unaccompanied child is represented by a guardian. When the routine's
 * actions address children, some action appoints or requests one: a god man (lag 2005:429)
 * or a särskilt förordnad vårdnadshavare.
 */
export const childGuardian: Rule = {
  id: 'child-guardian',
  family: 'children',
  check: ({ snapshot }) => {
    if (!snapshot.actions.some((a) => a.audience === 'children')) return [];
    const named = snapshot.actions.some((a) => anyMatches([a.what, a.when ?? ''], GUARDIAN));
    if (named) return [];
    return [
      {
        rule: 'child-guardian',
        severity: 'warning',
        message: {
          sv: 'Ingen åtgärd i rutinen ordnar en god man eller en särskilt förordnad vårdnadshavare för ett barn som är i Sverige utan sina föräldrar. Lägg till en åtgärd i steg 5, till exempel: ”Socialtjänsten begär hos överförmyndaren att en god man utses för ett ensamkommande barn.”',
          en: 'No action in the routine arranges a guardian (god man) or a specially appointed custodian (särskilt förordnad vårdnadshavare) for a child who is in Sweden without their parents. Add an action in step 5, for example: “Social services ask the chief guardian (överförmyndaren) to appoint a guardian for an unaccompanied child.”',
        },
        target: { type: 'step', step: 5 },
        source: citeAll(S.guardianAct, S.cetsGuardian),
      },
    ];
  },
};

export const CHILDREN_RULES: readonly Rule[] = [childReportOfConcern, childGuardian];
