// Entry point of the `cre` command: runs the CLI over this process's arguments, streams and environment.
import { processCliIo } from './cli-io.js';
import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2), processCliIo());
// exitCode rather than exit(), so output still going to a pipe is flushed first; a failed write to
// standard output (see processCliIo) may already have set a failure code, which is kept.
if (!process.exitCode) process.exitCode = code;
