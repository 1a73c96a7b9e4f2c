import { addSwedish } from '..';
import { authSv } from '../sign-in';

addSwedish({ auth: authSv });
