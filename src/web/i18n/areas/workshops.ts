import { addSwedish } from '..';
import { workshopsSv } from '../workshops';

addSwedish({ workshops: workshopsSv });
