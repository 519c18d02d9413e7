// Diagnostic codes of `kindling import` (KL9xx): what a Kubernetes-website page had that the
// import could not turn into a lesson. Errors stop the import (nothing is written); warnings
// say where the lesson needs a hand. Codes are permanent.
import { defineCodes } from '../diagnostics.js';

export const importCodes = defineCodes({
  unreadablePage: {
    code: 'KL901',
    name: 'unreadable-page',
    summary: 'The page given to `kindling import` cannot be read (no such file, a directory, no permission).',
  },
  unknownShortcode: {
    code: 'KL902',
    name: 'unknown-shortcode',
    summary: 'The page uses a Hugo shortcode the import does not know how to turn into Markdown.',
  },
  missingExampleFile: {
    code: 'KL903',
    name: 'missing-example-file',
    summary: 'A `code_sample`/`codenew`/`code` shortcode, or a k8s.io/examples URL, names a file that is not in the examples directory.',
  },
  unmappedUrl: {
    code: 'KL904',
    name: 'unmapped-url',
    summary: 'A command reads a URL (`kubectl apply -f https://...`) that the import cannot map to a local file; the lesson would need the network.',
  },
  unclosedShortcode: {
    code: 'KL905',
    name: 'unclosed-shortcode',
    summary: 'A paired shortcode (`{{< note >}}`, `{{< tabs >}}`, ...) has no closing `{{< /name >}}`, or a closing one has no opening.',
  },
  placeholderCommand: {
    code: 'KL906',
    name: 'placeholder-command',
    summary: 'A command has a placeholder for the reader to fill in (`<pod-name>`); the import shows it with `norun` instead of running it.',
  },
  containerShellBlock: {
    code: 'KL907',
    name: 'container-shell-block',
    summary: 'Commands typed in a container shell opened by an earlier block; a lesson runs them only in the block of their `kubectl exec -it`, so they are shown with `norun`.',
  },
  badFrontMatter: {
    code: 'KL908',
    name: 'bad-page-front-matter',
    summary: 'The page\'s Hugo front matter is not valid YAML, or has no title.',
  },
  outputWithoutCommand: {
    code: 'KL909',
    name: 'output-without-command',
    summary: 'An output block the page introduces ("The output is similar to:") does not follow a block of commands, so it stays a plain block.',
  },
  guessedFileName: {
    code: 'KL910',
    name: 'guessed-file-name',
    summary: 'A manifest the page shows without a file name is written under the name a later `kubectl ... -f NAME` reads.',
  },
  generatedNameCommand: {
    code: 'KL911',
    name: 'generated-name-command',
    summary: 'A command names an object by the name the page\'s own cluster generated for it (`frontend-b2zdv`, shown in an earlier output); another run generates other names, so the block is shown with `norun`.',
  },
  serverInBlock: {
    code: 'KL912',
    name: 'server-command-in-block',
    summary: 'A block starts `kubectl proxy` or `kubectl port-forward`, which runs until stopped, and goes on with commands the page means for another terminal; the block is shown with `norun`.',
  },
  watchShownLater: {
    code: 'KL920',
    name: 'watch-shown-later',
    summary: 'A page starts a watch (`kubectl get -w`) "in one terminal" and shows its output later, under the same command, after the commands of the other terminal; the watch runs there, and the first block is shown with `norun`.',
  },
  editorCommand: {
    code: 'KL921',
    name: 'editor-command',
    summary: 'A command opens an editor for the reader (`kubectl edit`); a lesson cannot type into it, so the block is shown with `norun`.',
  },
});
