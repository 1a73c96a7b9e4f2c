import { addSwedish } from '..';
import { workshopRecordsSv } from '../workshop-records';

addSwedish({ workshopRecords: workshopRecordsSv });
