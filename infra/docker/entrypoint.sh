#!/bin/sh
# What the container runs. `migrate` and `seed` are the app's own commands, bundled next to
# main.js; `migrate-and-serve` suits a single replica (docker-compose). With several
# replicas, run `migrate` once (a job or init container) and `serve` everywhere.
set -eu
bundle="/app/dist/apps/${APP:?APP is not set}"

run_entry() {
  if [ ! -f "$bundle/$1.js" ]; then
    echo "$APP has no $1 command" >&2
    exit 2
  fi
  node --enable-source-maps "$bundle/$1.js"
}

case "${1:-serve}" in
  serve) exec node --enable-source-maps "$bundle/main.js" ;;
  migrate) run_entry migrate ;;
  seed) run_entry seed ;;
  migrate-and-serve)
    run_entry migrate
    exec node --enable-source-maps "$bundle/main.js"
    ;;
  *) exec "$@" ;;
esac
