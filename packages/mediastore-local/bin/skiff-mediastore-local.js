#!/usr/bin/env node
// The `skiff-mediastore-local` command. This file is committed, not built, so that a
// workspace install on a fresh clone (which links bins before anything is built) finds it
// instead of warning; the server itself is the built dist/cli.js.
import '../dist/cli.js';
