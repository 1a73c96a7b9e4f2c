import { addSwedish } from '..';
import { homeSv } from '../home';

addSwedish({ home: homeSv });
