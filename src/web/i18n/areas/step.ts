import { addSwedish } from '..';
import { stepSv } from '../routine';

addSwedish({ step: stepSv });
