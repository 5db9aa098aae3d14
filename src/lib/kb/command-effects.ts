/**
 * What a shell command in the content does to running systems, read from its words: whether it
 * stops, terminates, deletes, force-deregisters or restarts something (then a fix that runs it is
 * `disruptive`), and whether it changes an AWS account or a host at all (then it cannot be a cause's
 * read-only confirm step). Looking inside a running container (`ecspresso exec`,
 * `aws ecs execute-command`) and local `docker` commands count as reading. The rules only see the
 * command line, so they name the first offending command they find.
 */

/** Shell languages whose code blocks are commands someone will paste into a terminal. */
export const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/**
 * The simple commands of a script: continuation lines joined, comments and prompts dropped, and
 * `&&`, `||`, `;` and `|` treated as separators.
 */
export function simpleCommands(script: string): string[] {
  const joined = script.replace(/\\\r?\n/g, ' ');
  const commands: string[] = [];
  for (const rawLine of joined.split(/\r?\n/)) {
    const line = rawLine.replace(/^\s*\$\s+/, '').replace(/(^|\s)#.*$/, '');
    for (const part of line.split(/&&|\|\||;|\|/)) {
      const command = part.trim().replace(/\s+/g, ' ');
      if (command) commands.push(command);
    }
  }
  return commands;
}

/** Words of a command without `sudo`, `env`-style assignments and leading `$(`/`(`. */
function words(command: string): string[] {
  const all = command.replace(/[()`]/g, ' ').split(' ').filter(Boolean);
  let i = 0;
  while (i < all.length && (all[i] === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(all[i] ?? ''))) i++;
  return all.slice(i);
}

/** `aws [global options] <service> <operation>`, or undefined when the command is not the aws CLI. */
function awsOperation(w: readonly string[]): { service: string; operation: string } | undefined {
  const start = w.indexOf('aws');
  if (start < 0) return undefined;
  const rest = w.slice(start + 1);
  let i = 0;
  // Global options come before the service; those that take a value are followed by it.
  while (i < rest.length && rest[i]?.startsWith('--')) {
    const flag = rest[i] ?? '';
    i += flag.includes('=') || ['--debug', '--no-paginate', '--no-verify-ssl', '--no-sign-request'].includes(flag) ? 1 : 2;
  }
  const service = rest[i];
  const operation = rest[i + 1];
  if (!service || !operation || operation.startsWith('-')) return undefined;
  return { service, operation };
}

function ecspressoSubcommand(w: readonly string[]): string | undefined {
  const start = w.indexOf('ecspresso');
  if (start < 0) return undefined;
  // Options such as `--config x` may precede the subcommand.
  const rest = w.slice(start + 1);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    if (!word.startsWith('-')) return word;
    if (!word.includes('=') && !['--debug', '--no-color'].includes(word)) i++;
  }
  return undefined;
}

const DISRUPTIVE_AWS = /(^|-)(stop|terminate|delete|reboot|restart)(-|$)/;
const WRITING_AWS =
  /^(put|create|delete|update|register|deregister|stop|run|start|terminate|reboot|modify|attach|detach|tag|untag|associate|disassociate|submit|send|invoke|set|enable|disable|authorize|revoke|replace|import|reset|batch-delete|batch-put|restore)-/;
const ECSPRESSO_WRITING = new Set(['deploy', 'rollback', 'scale', 'refresh', 'create', 'delete', 'run', 'register', 'deregister']);

/**
 * The command that stops, terminates, deletes, force-deregisters or restarts something, or
 * undefined when the command does none of these.
 */
export function disruptiveAction(command: string): string | undefined {
  const w = words(command);
  // Asking a command for its usage runs nothing.
  if (w.includes('--help') || w.includes('-h')) return undefined;
  const aws = awsOperation(w);
  if (aws) {
    if (DISRUPTIVE_AWS.test(aws.operation)) return `aws ${aws.service} ${aws.operation}`;
    if (aws.operation === 'deregister-container-instance' && w.includes('--force')) return `aws ${aws.service} ${aws.operation} --force`;
    return undefined;
  }
  const [tool, verb, object] = w;
  if (tool === 'systemctl' && (verb === 'stop' || verb === 'restart' || verb === 'kill')) return `systemctl ${verb}`;
  if (tool === 'service' && (object === 'stop' || object === 'restart')) return `service ${verb} ${object}`;
  if ((tool === 'stop' || tool === 'restart') && verb === 'ecs') return `${tool} ecs`;
  if (tool === 'docker') {
    // `docker rm` refuses a running container unless forced: without -f it only tidies up.
    if (verb === 'rm' && !w.some((x) => x === '-f' || x === '--force' || /^-[a-z]*f/.test(x))) return undefined;
    if (['stop', 'kill', 'restart', 'rm', 'rmi'].includes(verb ?? '')) return `docker ${verb}`;
    if (
      ['container', 'image', 'volume', 'system', 'network'].includes(verb ?? '') &&
      ['stop', 'kill', 'restart', 'rm', 'prune'].includes(object ?? '')
    )
      return `docker ${verb} ${object}`;
  }
  if (tool === 'reboot' || tool === 'shutdown' || tool === 'kill' || tool === 'pkill') return tool;
  const sub = ecspressoSubcommand(w);
  if (sub === 'delete') return 'ecspresso delete';
  if (sub === 'tasks' && w.includes('--stop')) return 'ecspresso tasks --stop';
  return undefined;
}

/** The command that writes to an account or a host, or undefined when it only reads. */
export function writingAction(command: string): string | undefined {
  const disruptive = disruptiveAction(command);
  if (disruptive) return disruptive;
  const w = words(command);
  if (w.includes('--help') || w.includes('-h')) return undefined;
  const aws = awsOperation(w);
  if (aws) return WRITING_AWS.test(aws.operation) ? `aws ${aws.service} ${aws.operation}` : undefined;
  const sub = ecspressoSubcommand(w);
  if (sub !== undefined) {
    // --dry-run prints what would be sent and sends nothing.
    if (ECSPRESSO_WRITING.has(sub) && !w.includes('--dry-run')) return `ecspresso ${sub}`;
    // verify puts a test log event into every log group it checks unless told not to.
    if (sub === 'verify' && !w.includes('--no-put-logs')) return 'ecspresso verify（--no-put-logs なし）';
    return undefined;
  }
  const [tool, verb] = w;
  if (tool === 'systemctl' && (verb === 'start' || verb === 'enable' || verb === 'disable')) return `systemctl ${verb}`;
  return undefined;
}
