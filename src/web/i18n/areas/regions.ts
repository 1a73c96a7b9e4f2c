import { addSwedish } from '..';
import { regionsSv } from '../regions';

addSwedish({ regions: regionsSv });
