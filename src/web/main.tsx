import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/content.css';
import './styles/workspace.css';
import './styles/dialog.css';
import './styles/members.css';
import './styles/comments.css';
import './styles/review.css';
import './styles/versions.css';
import './styles/who-does-what.css';
import './styles/matrix-actors-knowledge.css';
import './styles/quality.css';
import './styles/publish.css';
import './styles/feedback.css';
import './styles/evaluation.css';
import './styles/live.css';
import './styles/first-hour.css';
import './styles/regions.css';
import './styles/workshop-records.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './api/queries';
import { initI18n } from './i18n';
import { routes } from './routes';

await initI18n();
const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
