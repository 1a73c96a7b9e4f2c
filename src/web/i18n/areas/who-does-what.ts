import { addSwedish } from '..';
import { whoDoesWhatSv } from '../who-does-what';

addSwedish({ whoDoesWhat: whoDoesWhatSv });
