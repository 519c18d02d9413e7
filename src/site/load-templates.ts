// Loads the Handlebars templates from a templates directory: the layout, one template per page
// kind, and every `partials/*.hbs` registered under its file name.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';

export type Template = (context: object) => string;

export interface Templates {
  layout: Template;
  index: Template;
  lesson: Template;
  /** Another page template by file name (`tag`, `tags`, `404`). */
  page(name: string): Template;
  /** A partial by file name (`transcript`, `file-block`, ...), for rendering blocks from TS. */
  partial(name: string): Template;
}

// Strict: a template that names a field the view model lacks is a bug, and should say so.
const COMPILE_OPTIONS = { strict: true } as const;

/** Reads and compiles the templates in `dir`. */
export async function loadTemplates(dir: string): Promise<Templates> {
  const hb = Handlebars.create();
  const compile = async (path: string): Promise<Template> =>
    hb.compile(await readFile(path, 'utf8'), COMPILE_OPTIONS);

  const partials = new Map<string, Template>();
  const partialsDir = join(dir, 'partials');
  for (const file of (await readdir(partialsDir)).sort()) {
    if (!file.endsWith('.hbs')) continue;
    const name = basename(file, '.hbs');
    const template = await compile(join(partialsDir, file));
    partials.set(name, template);
    hb.registerPartial(name, template as Handlebars.Template);
  }

  const pages = new Map<string, Template>();
  for (const file of (await readdir(dir)).sort()) {
    if (file.endsWith('.hbs')) pages.set(basename(file, '.hbs'), await compile(join(dir, file)));
  }
  const page = (name: string): Template => {
    const template = pages.get(name);
    if (template === undefined) throw new Error(`template ${name}.hbs is missing from ${dir}`);
    return template;
  };

  return {
    layout: page('layout'),
    index: page('index'),
    lesson: page('lesson'),
    page,
    partial(name) {
      const template = partials.get(name);
      if (template === undefined) throw new Error(`template partial ${name}.hbs is missing from ${partialsDir}`);
      return template;
    },
  };
}
