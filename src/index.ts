#!/usr/bin/env node
// The one entrypoint for the GitHub Action, the Bitbucket Pipe and the CLI.
import { chooseFrontEnd } from './frontends/choose.js';
import { run } from './run.js';

const frontEnd = await chooseFrontEnd(process.env);
// Exit by exitCode, not process.exit(): pending stdout/stderr writes must finish first.
process.exitCode = await run({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), frontEnd });
