import { addSwedish } from '..';
import { publishSv } from '../publish';

addSwedish({ publish: publishSv });
