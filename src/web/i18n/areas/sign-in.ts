import { addSwedish } from '..';
import { signInSv } from '../sign-in';

addSwedish({ signIn: signInSv });
