import { actionsById, actorsById } from './lookup';
import type { Rule } from './types';

/**
 * When the routine concerns children (an action for children or for everyone), a report of
 * concern (orosanmälan) reaches social services: an action of kind `report_of_concern`
 * performed by social services, or one that hands over to a social-services action
 * ("the school reports concern to social services").
 */
export const childReportOfConcern: Rule = {
  id: 'child-report-of-concern',
  family: 'children',
  check: ({ snapshot }) => {
    const concernsChildren = snapshot.actions.some(
      (a) => a.audience === 'children' || a.audience === 'all',
    );
    if (!concernsChildren) return [];
    const actors = actorsById(snapshot);
    const actions = actionsById(snapshot);
    const isSocialServices = (actorId: string | undefined) =>
      actorId !== undefined && actors.get(actorId)?.kind === 'social_services';
    const reachesSocialServices = snapshot.actions.some(
      (a) =>
        a.kind === 'report_of_concern' &&
        (isSocialServices(a.actorId) ||
          a.handoffTo.some((id) => isSocialServices(actions.get(id)?.actorId))),
    );
    if (reachesSocialServices) return [];
    return [
      {
        rule: 'child-report-of-concern',
        severity: 'blocker',
        message: {
          sv: 'Rutinen gäller barn, men det finns ingen orosanmälan till socialtjänsten. Lägg till en åtgärd av typen orosanmälan där socialtjänsten tar emot anmälan, och hur socialtjänsten nås. Socialtjänsten ansvarar för varje barn, oavsett barnets rättsliga status. En person med osäker ålder ska behandlas som ett barn.',
          en: 'The routine concerns children, but there is no report of concern to social services. Add an action of the kind report of concern in which social services receive the report, and how to reach them. Social services are responsible for every child, whatever the child’s legal status. A person of uncertain age is presumed to be a child.',
        },
        target: { type: 'step', step: 3 },
        source: {
          sv: 'Socialtjänstlagen (2025:400), anmälningsskyldighet vid oro för barn; Europarådets konvention om bekämpande av människohandel (CETS 197), art. 10.3',
          en: 'Social Services Act (2025:400), duty to report concern for a child; Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197), art. 10(3)',
        },
      },
    ];
  },
};

export const CHILDREN_RULES: readonly Rule[] = [childReportOfConcern];
