import { addSwedish } from '..';
import { overviewSv } from '../routine';

addSwedish({ overview: overviewSv });
