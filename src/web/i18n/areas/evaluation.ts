import { addSwedish } from '..';
import { evaluationSv } from '../evaluation';

addSwedish({ evaluation: evaluationSv });
