import { addSwedish } from '..';
import { membersSv } from '../members';

addSwedish({ members: membersSv });
