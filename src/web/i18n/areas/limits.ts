import { addSwedish } from '..';
import { limitsSv } from '../limits';

addSwedish({ limits: limitsSv });
