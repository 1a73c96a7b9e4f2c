import { addSwedish } from '..';
import { createCollaborationSv } from '../home';

addSwedish({ createCollaboration: createCollaborationSv });
