import { addSwedish } from '..';
import { confirmationSv } from '../routine';

addSwedish({ confirmation: confirmationSv });
