import { addSwedish } from '..';
import { remindersSv } from '../feedback';

addSwedish({ reminders: remindersSv });
