// /data/people.csv: open data generated from the collections at build time (see src/lib/open-data/).
import { openDataFile } from '../../data/open-data';

export const GET = () => openDataFile('people', 'csv');
