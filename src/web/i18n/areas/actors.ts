import { addSwedish } from '..';
import { actorsSv } from '../actors';

addSwedish({ actors: actorsSv });
