import { addSwedish } from '..';
import { conflictSv } from '../routine';

addSwedish({ conflict: conflictSv });
