import { addSwedish } from '..';
import { landingSv } from '../home';

addSwedish({ landing: landingSv });
