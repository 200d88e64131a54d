// The query console: an editor with example queries, run against /graphql, with the formatted JSON answer.
import { execute } from './api.js';
import { $, setOptions } from './dom.js';
import { examples } from './queries.js';

export function createConsole() {
  const editor = $('console-query');
  const variables = $('console-variables');
  const example = $('console-example');
  const result = $('console-result');
  const status = $('console-status');
  const key = $('console-key');

  setOptions(example, examples.map((e, i) => ({ value: String(i), label: e.label })), false);
  const choose = () => {
    const chosen = examples[Number(example.value)];
    editor.value = chosen.text;
    variables.value = JSON.stringify(chosen.variables ?? {}, null, 2);
  };
  example.addEventListener('change', choose);
  choose();

  const run = async () => {
    let vars;
    try {
      vars = variables.value.trim() ? JSON.parse(variables.value) : {};
    } catch (error) {
      status.textContent = `Variables are not valid JSON: ${error.message}`;
      return;
    }
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const { status: code, body } = await execute(editor.value, vars, key.value.trim());
      result.textContent = JSON.stringify(body, null, 2);
      const errors = body.errors?.length ? `, ${body.errors.length} error(s)` : '';
      status.textContent = `HTTP ${code}${errors} in ${Math.round(performance.now() - started)} ms`;
    } catch (error) {
      result.textContent = '';
      status.textContent = error.message;
    }
  };

  $('console-form').addEventListener('submit', (event) => { event.preventDefault(); run(); });
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
}
