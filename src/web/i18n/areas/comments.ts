import { addSwedish } from '..';
import { commentsSv } from '../comments';

addSwedish({ comments: commentsSv });
