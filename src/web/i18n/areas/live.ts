import { addSwedish } from '..';
import { liveSv } from '../live';

addSwedish({ live: liveSv });
