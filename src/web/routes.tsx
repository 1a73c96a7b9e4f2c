import type { RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { Loading } from './components/loading';
import { RequireAuth } from './components/require-auth';
import { RouteError } from './components/route-error';
import { NotFound } from './features/errors/not-found';

/**
 * Client routes (Swedish paths, they are what users see and share). Every page is lazy, so each
 * one is its own chunk and the first load stays small. The server answers index.html for them.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    // Shown while the first page's code loads.
    HydrateFallback: Loading,
    children: [
      {
        // Pathless: errors render inside the app shell, the header stays usable.
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('./features/home/home-page') },
          { path: 'logga-in', lazy: () => import('./features/auth/sign-in-page') },
          { path: 'skapa-konto', lazy: () => import('./features/auth/sign-up-page') },
          { path: 'inbjudan/:token', lazy: () => import('./features/members/invitation-page') },
          { path: 'glomt-losenord', lazy: () => import('./features/account/forgot-password-page') },
          { path: 'nytt-losenord', lazy: () => import('./features/account/new-password-page') },
          { path: 'bekrafta-epost', lazy: () => import('./features/account/verify-email-page') },
          // Workshop participants: members with their session, guests without an account.
          { path: 'delta', lazy: () => import('./features/workshops/join-page') },
          { path: 'delta/:code', lazy: () => import('./features/workshops/join-page') },
          {
            Component: RequireAuth,
            children: [
              { path: 'konto', lazy: () => import('./features/account/account-page') },
              {
                path: 'installningar',
                lazy: () => import('./features/notifications/settings-page'),
              },
              { path: 'regioner', lazy: () => import('./features/regions/regions-page') },
              { path: 'administration', lazy: () => import('./features/admin/admin-page') },
              {
                path: 'regioner/:regionId',
                lazy: () => import('./features/regions/region-overview-page'),
              },
              {
                path: 'regioninbjudan/:token',
                lazy: () => import('./features/regions/accept-page'),
              },
              {
                path: 'samverkan/:cid',
                lazy: () => import('./features/collaborations/collaboration-layout'),
                children: [
                  {
                    index: true,
                    lazy: () => import('./features/collaborations/routines-section'),
                  },
                  { path: 'aktorer', lazy: () => import('./features/actors/actors-section') },
                  { path: 'medlemmar', lazy: () => import('./features/members/members-section') },
                  {
                    path: 'kunskapsbank',
                    lazy: () => import('./features/knowledge/knowledge-section'),
                  },
                  { path: 'handelselogg', lazy: () => import('./features/audit/audit-section') },
                  {
                    path: 'installningar',
                    lazy: () => import('./features/collaborations/settings-section'),
                  },
                ],
              },
              {
                // The presenter view is for a projector: outside the workspace's navigation.
                path: 'rutiner/:rid/workshoppar/:wid',
                lazy: () => import('./features/workshops/presenter-page'),
              },
              {
                path: 'rutiner/:rid',
                lazy: () => import('./features/routines/workspace-layout'),
                children: [
                  { index: true, lazy: () => import('./features/routines/overview-page') },
                  { path: 'steg/:n', lazy: () => import('./features/routines/step-page') },
                  { path: 'tidslinje', lazy: () => import('./features/routines/timeline-page') },
                  {
                    path: 'utvardering',
                    lazy: () => import('./features/evaluation/evaluation-page'),
                  },
                  {
                    path: 'bekraftelse',
                    lazy: () => import('./features/routines/confirmation-page'),
                  },
                  {
                    path: 'vem-gor-vad',
                    lazy: () => import('./features/who-does-what/matrix-page'),
                  },
                  {
                    path: 'kvalitetskontroll',
                    lazy: () => import('./features/quality/quality-page'),
                  },
                  { path: 'versioner', lazy: () => import('./features/versions/versions-page') },
                  {
                    path: 'workshoppar',
                    lazy: () => import('./features/workshops/routine-workshops-page'),
                  },
                  {
                    path: 'versioner/:n/jamfor',
                    lazy: () => import('./features/versions/compare-page'),
                  },
                  { path: 'publicera', lazy: () => import('./features/publish/publish-page') },
                  {
                    path: 'workshoppar/ny',
                    lazy: () => import('./features/workshops/start-page'),
                  },
                  {
                    path: 'aterkoppling',
                    lazy: () => import('./features/feedback/feedback-page'),
                  },
                ],
              },
            ],
          },
          // Static: the error boundary shows the same page, so it is in the first chunk anyway.
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];
