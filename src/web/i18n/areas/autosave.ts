import { addSwedish } from '..';
import { autosaveSv } from '../routine';

addSwedish({ autosave: autosaveSv });
