import { addSwedish } from '..';
import { auditSv } from '../audit';

addSwedish({ audit: auditSv });
