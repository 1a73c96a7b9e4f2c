import { addSwedish } from '..';
import { accountSv } from '../account';

addSwedish({ account: accountSv });
