import { addSwedish } from '..';
import { firstHourSv } from '../first-hour';

addSwedish({ firstHour: firstHourSv });
