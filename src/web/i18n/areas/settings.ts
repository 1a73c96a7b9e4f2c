import { addSwedish } from '..';
import { settingsSv } from '../home';

addSwedish({ settings: settingsSv });
