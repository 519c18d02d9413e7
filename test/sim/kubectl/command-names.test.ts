// cobra's command suggestions and command paths over kubectl 1.32's commands.
import { expect, test } from 'vitest';
import { commandPath, suggestCommands } from '../../../src/sim/kubectl/command-names.js';

test('suggestions are the commands within two edits or starting with what was typed, in cobra order', () => {
  expect(suggestCommands('gett')).toEqual(['set', 'get']);
  expect(suggestCommands('lgs')).toEqual(['logs']);
  expect(suggestCommands('api')).toEqual(['cp', 'api-versions', 'api-resources']);
  expect(suggestCommands('xyzzy')).toEqual([]);
});

test('the command path follows the first positional argument into a subcommand, through aliases', () => {
  const values = (flag: string) => flag === '-f' || flag === '--image';
  expect(commandPath('create', ['deploy', 'web', '--image', 'nginx'], values)).toBe('kubectl create deployment');
  expect(commandPath('create', ['-f', 'cm', 'x'], values)).toBe('kubectl create');
  expect(commandPath('get', ['pods'], values)).toBe('kubectl get');
  expect(commandPath('config', ['use', 'kind-kind'], values)).toBe('kubectl config use-context');
});
