import { addSwedish } from '..';
import { adminSv } from '../admin';

addSwedish({ admin: adminSv });
