import { addSwedish } from '..';
import { signUpSv } from '../sign-in';

addSwedish({ signUp: signUpSv });
