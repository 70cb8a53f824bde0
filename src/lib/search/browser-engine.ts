/**
 * Everything the search page needs once a reader searches: imported dynamically on the first
 * search, so the page itself loads only its form handling.
 */
import { SearchEngine } from './engine';
import { httpLoader } from './load-http';

export { resultPage } from './result-page';
export const openEngine = () => SearchEngine.open(httpLoader);
