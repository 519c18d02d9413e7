// The site configuration, `kindling.config.json` next to the lessons: read once, validated at the
// boundary with a coded diagnostic at the key's line and column, then a frozen typed value.
// No file means the defaults.
import { access, readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { CodeInfo } from '../diagnostics.js';
import { describeChoices } from '../lesson/closest-name.js';
import { makeDiagnostic } from '../lesson/make-diagnostic.js';
import { pointAt, splitSourceLines } from '../lesson/source-lines.js';
import type { Diagnostic } from '../lesson/types.js';
import { siteCodes } from './codes.js';

export const SITE_CONFIG_FILE = 'kindling.config.json';

export interface SiteConfig {
  /** The site's name: header, page titles, the index heading. */
  title: string;
  /** Where the site is published, ending in `/` (`https://me.github.io/lessons/`); null when not given (no sitemap). */
  baseUrl: string | null;
  /** An "Edit this page" link: the pattern with `{path}` replaced by the lesson's path. */
  editUrl: string | null;
  /** An image shown before the title, as an absolute path; copied into `assets/`. */
  logo: string | null;
  /** Lesson pages offer the in-browser playground ("Try it"); `false` turns it off site-wide. */
  playground: boolean;
}

export const DEFAULT_SITE_CONFIG: Readonly<SiteConfig> = Object.freeze({ title: 'Lessons', baseUrl: null, editUrl: null, logo: null, playground: true });

export interface LoadedSiteConfig {
  config: Readonly<SiteConfig>;
  diagnostics: Diagnostic[];
}

interface Check {
  (value: unknown, config: SiteConfig, dir: string): { message: string; code?: CodeInfo } | undefined;
}

const mustBe = (what: string, value: unknown) => ({ message: `must be ${what}, got ${JSON.stringify(value)}` });

const CHECKS: Record<string, Check> = {
  title(value, config) {
    if (typeof value !== 'string' || value.trim() === '') return mustBe('a non-empty string', value);
    config.title = value.trim();
    return undefined;
  },
  baseUrl(value, config) {
    let url: URL | undefined;
    try {
      url = typeof value === 'string' ? new URL(value) : undefined;
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
      return mustBe('an absolute http(s) URL without query or fragment (such as "https://me.github.io/lessons/")', value);
    }
    config.baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
    return undefined;
  },
  editUrl(value, config) {
    if (typeof value !== 'string' || !value.includes('{path}') || !/^https?:\/\//.test(value)) {
      return mustBe('an http(s) URL with {path} where the lesson file goes (such as "https://github.com/me/lessons/edit/main/{path}")', value);
    }
    config.editUrl = value;
    return undefined;
  },
  logo(value, config, dir) {
    if (typeof value !== 'string' || !/\.(svg|png|jpe?g|gif|webp)$/i.test(value)) return mustBe('the path of an image file (.svg, .png, .jpg, .gif, .webp)', value);
    config.logo = resolve(dir, value);
    return undefined;
  },
  playground(value, config) {
    if (typeof value !== 'boolean') return mustBe('true or false', value);
    config.playground = value;
    return undefined;
  },
};

export const SITE_CONFIG_KEYS = Object.keys(CHECKS);

/** Reads `kindling.config.json` from `dir` (the defaults when there is none), with every problem as a diagnostic. */
export async function loadSiteConfig(dir: string): Promise<LoadedSiteConfig> {
  const path = resolve(dir, SITE_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: DEFAULT_SITE_CONFIG, diagnostics: [] };
    throw error;
  }
  return parseSiteConfig(relative(process.cwd(), path) || SITE_CONFIG_FILE, text, dirname(path));
}

/** Validates the text of a config file; `file` names it in diagnostics, `dir` resolves the logo. */
export async function parseSiteConfig(file: string, text: string, dir: string): Promise<LoadedSiteConfig> {
  const lines = splitSourceLines(text);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => pointAt(lines, offset, 0);
  const report = (code: CodeInfo, offset: number, message: string, hint?: string) =>
    diagnostics.push(makeDiagnostic(code, file, at(offset), message, hint));

  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    report(siteCodes.invalidSiteConfig, offset, `${SITE_CONFIG_FILE} is not valid JSON: ${message}`);
    return { config: DEFAULT_SITE_CONFIG, diagnostics };
  }
  // JSON is YAML: the YAML parser gives every key and value its offset.
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) {
    report(siteCodes.invalidSiteConfig, doc.contents?.range?.[0] ?? 0, `${SITE_CONFIG_FILE} must be an object of settings, such as {"title": "My lessons"}`);
    return { config: DEFAULT_SITE_CONFIG, diagnostics };
  }
  const config: SiteConfig = { ...DEFAULT_SITE_CONFIG };
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyOffset = keyNode.range?.[0] ?? 0;
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
    if (check === undefined) {
      report(siteCodes.unknownSiteConfigKey, keyOffset, `Unknown key "${key}" in ${SITE_CONFIG_FILE}, ${describeChoices(key, SITE_CONFIG_KEYS)}`);
      continue;
    }
    const valueNode = pair.value as Node | null;
    const problem = check(valueNode?.toJS(doc) ?? null, config, dir);
    if (problem !== undefined) report(problem.code ?? siteCodes.wrongSiteConfigValue, valueNode?.range?.[0] ?? keyOffset, `"${key}" ${problem.message}`);
  }
  if (config.logo !== null) {
    const logo = config.logo;
    const exists = await access(logo).then(() => true, () => false);
    if (!exists) {
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'logo');
      report(siteCodes.missingSiteLogo, (pair?.value as Node | null)?.range?.[0] ?? 0, `"logo" names ${logo}, which does not exist`, 'Give the path of an image file, relative to the config file.');
      config.logo = null;
    }
  }
  return { config: Object.freeze(config), diagnostics };
}
