import { addSwedish } from '..';
import { reviewSv } from '../review';

addSwedish({ review: reviewSv });
