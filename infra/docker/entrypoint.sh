#!/bin/sh
# What the container runs. `migrate` and `seed` are the app's own commands, bundled next to
# main.js; `migrate-and-serve` suits a single replica (docker-compose). With several
# replicas, run `migrate` once (a job or init container) and `serve` everywhere.
set -eu
bundle="/app/dist/apps/${APP:?APP is not set}"
# Source maps cost on every Error().stack, so production runs without them (the image sets
# NODE_ENV=production); NODE_OPTIONS=--enable-source-maps brings them back for a debugging session.
node_flags=""
if [ "${NODE_ENV:-}" != "production" ]; then node_flags="--enable-source-maps"; fi

run_entry() {
  if [ ! -f "$bundle/$1.js" ]; then
    echo "$APP has no $1 command" >&2
    exit 2
  fi
  node $node_flags "$bundle/$1.js"
}

case "${1:-serve}" in
  serve) exec node $node_flags "$bundle/main.js" ;;
  migrate) run_entry migrate ;;
  seed) run_entry seed ;;
  migrate-and-serve)
    run_entry migrate
    exec node $node_flags "$bundle/main.js"
    ;;
  *) exec "$@" ;;
esac
