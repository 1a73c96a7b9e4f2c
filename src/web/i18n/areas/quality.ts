import { addSwedish } from '..';
import { qualitySv } from '../quality';

addSwedish({ quality: qualitySv });
