import { addSwedish } from '..';
import { timelineSv } from '../routine';

addSwedish({ timeline: timelineSv });
