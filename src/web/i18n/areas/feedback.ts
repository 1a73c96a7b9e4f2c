import { addSwedish } from '..';
import { feedbackSv } from '../feedback';

addSwedish({ feedback: feedbackSv });
