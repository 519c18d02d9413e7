// What the layout needs around every page body.

export const SITE_TITLE = 'Lessons';

export interface PageView {
  /** The `<title>`. */
  title: string;
  /** `<meta name="description">`; null leaves it out. */
  description: string | null;
  /** The site root relative to this page: '' or '../'. Every link is relative, for file:// and any base path. */
  root: string;
  siteTitle: string;
  body: string;
}
