// One memory-measured task in a fresh process (see lib/child.ts): `child.ts <task> <json args>`.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { tasks } from './lib/childTasks.js';

const [name, json] = process.argv.slice(2);
const task = tasks[name as keyof typeof tasks];
if (!task) {
  console.error(`unknown task ${name}`);
  process.exit(2);
}
const result = await task(JSON.parse(json ?? '{}'));
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
process.exit(0);
