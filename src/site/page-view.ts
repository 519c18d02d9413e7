// What the layout needs around every page body.
import type { SidebarView } from './site-navigation.js';

export interface PageView {
  /** The `<title>`. */
  title: string;
  /** `<meta name="description">`; null leaves it out. */
  description: string | null;
  /** The site root relative to this page: '', '../', '../../' (absolute on the 404 page when a base URL is set). Every link is relative, for file:// and any base path. */
  root: string;
  siteTitle: string;
  /** The logo under the root (`assets/logo.svg`), or null. */
  logo: string | null;
  /** The lessons by section, this page's marked; null on pages without it. */
  sidebar: SidebarView | null;
  body: string;
  /** The Content-Security-Policy of the `<meta>` tag (contentSecurityPolicy). */
  csp: string;
}
