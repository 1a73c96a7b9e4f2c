import { addSwedish } from '..';
import { routinesSv } from '../home';

addSwedish({ routines: routinesSv });
