/** Entries per page of the paginated lists. */
export const RELEASES_PER_PAGE = 20;
export const PEOPLE_PER_PAGE = 20;
