import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG, loadSiteConfig, parseSiteConfig } from '../../src/site/load-site-config.js';
import { siteCodes } from '../../src/site/codes.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kindling-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const problems = async (text: string) =>
  (await parseSiteConfig('kindling.config.json', text, dir)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.name}: ${d.message}`);

describe('loadSiteConfig', () => {
  it('gives the defaults when there is no config file', async () => {
    expect(await loadSiteConfig(dir)).toEqual({ config: DEFAULT_SITE_CONFIG, diagnostics: [] });
  });

  it('reads title, base URL (with a final slash added), edit link pattern and logo', async () => {
    await writeFile(join(dir, 'logo.svg'), '<svg/>');
    await writeFile(
      join(dir, 'kindling.config.json'),
      JSON.stringify({ title: ' Kube School ', baseUrl: 'https://me.github.io/lessons', editUrl: 'https://github.com/me/l/edit/main/{path}', logo: 'logo.svg' }),
    );
    const { config, diagnostics } = await loadSiteConfig(dir);
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({ title: 'Kube School', baseUrl: 'https://me.github.io/lessons/', editUrl: 'https://github.com/me/l/edit/main/{path}', logo: join(dir, 'logo.svg'), playground: true });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reports invalid JSON at its line and column', async () => {
    expect(await problems('{\n  "title": "x",\n}\n')).toEqual([
      expect.stringMatching(/^3:1 KL851 invalid-site-config: kindling\.config\.json is not valid JSON: /),
    ]);
  });

  it('reports a config that is not an object', async () => {
    expect(await problems('["title"]')).toEqual(['1:1 KL851 invalid-site-config: kindling.config.json must be an object of settings, such as {"title": "My lessons"}']);
  });

  it('reports an unknown key with the nearest known one', async () => {
    expect(await problems('{\n  "titel": "x"\n}')).toEqual([
      '2:3 KL852 unknown-site-config-key: Unknown key "titel" in kindling.config.json, expected one of: title, baseUrl, editUrl, logo, playground. Did you mean "title"?',
    ]);
  });

  it('reports values of the wrong type or form at the value', async () => {
    expect(await problems('{"title": "", "baseUrl": "/lessons/", "editUrl": "https://x/edit", "logo": "logo.txt"}')).toEqual([
      '1:11 KL853 wrong-site-config-value: "title" must be a non-empty string, got ""',
      '1:26 KL853 wrong-site-config-value: "baseUrl" must be an absolute http(s) URL without query or fragment (such as "https://me.github.io/lessons/"), got "/lessons/"',
      '1:50 KL853 wrong-site-config-value: "editUrl" must be an http(s) URL with {path} where the lesson file goes (such as "https://github.com/me/lessons/edit/main/{path}"), got "https://x/edit"',
      '1:76 KL853 wrong-site-config-value: "logo" must be the path of an image file (.svg, .png, .jpg, .gif, .webp), got "logo.txt"',
    ]);
  });

  it('reports a logo file that does not exist', async () => {
    const { config, diagnostics } = await parseSiteConfig('kindling.config.json', '{"logo": "missing.png"}', dir);
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([[siteCodes.missingSiteLogo.code, 1, 10, `"logo" names ${join(dir, 'missing.png')}, which does not exist`]]);
    expect(config.logo).toBeNull();
  });
});
