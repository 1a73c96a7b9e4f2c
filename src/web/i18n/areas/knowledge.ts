import { addSwedish } from '..';
import { knowledgeSv } from '../knowledge';

addSwedish({ knowledge: knowledgeSv });
