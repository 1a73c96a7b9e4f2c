import { addSwedish } from '..';
import { versionsSv } from '../versions';

addSwedish({ versions: versionsSv });
