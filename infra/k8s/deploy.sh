#!/usr/bin/env bash
# Applies infra/k8s in order: namespace and settings, the NATS cluster, then each service's
# migration Job run to completion, and only then the services and the gateway (rolling).
#   infra/k8s/deploy.sh <registry/prefix> <tag>      e.g. infra/k8s/deploy.sh registry.example.vn/pdv 1.4.0
# Needs kubectl pointed at the cluster, and the Secrets of infra/RUNBOOK.md created first.
set -euo pipefail
cd "$(dirname "$0")"
registry="${1:?usage: deploy.sh <registry/prefix> <tag>}"
tag="${2:?usage: deploy.sh <registry/prefix> <tag>}"
namespace=pdv

# The manifests name images as docker-compose.yml builds them (pdv/<app>:local).
images() { sed -E "s#image: pdv/([a-z0-9-]+):local#image: ${registry}/\\1:${tag}#" "$@"; }

for secret in pdv-auth organisation-service-database sourcing-service-database training-service-database \
  admission-service-database evaluation-service-database; do
  if ! kubectl -n "$namespace" get secret "$secret" >/dev/null 2>&1; then
    echo "Secret $secret is missing in namespace $namespace: create it first (infra/RUNBOOK.md, 'Secrets';" >&2
    echo "kubectl apply -f infra/k8s/00-namespace.yaml creates the namespace)" >&2
    exit 1
  fi
done

kubectl apply -f 00-namespace.yaml -f 10-nats.yaml
kubectl -n "$namespace" rollout status statefulset/nats --timeout=10m

# A Job's pod template cannot change, so last release's Jobs go before this release's run.
kubectl -n "$namespace" delete job -l app.kubernetes.io/component=migration --ignore-not-found --wait=true
images 20-migrations.yaml | kubectl apply -f -
if ! kubectl -n "$namespace" wait --for=condition=complete job -l app.kubernetes.io/component=migration --timeout=10m; then
  echo "a migration did not complete; nothing was rolled out. Logs: kubectl -n $namespace logs job/<service>-migrate" >&2
  exit 1
fi

images 30-*.yaml 40-gateway.yaml | kubectl apply -f -
for deployment in $(kubectl -n "$namespace" get deployment -l app.kubernetes.io/part-of=pdv -o name); do
  kubectl -n "$namespace" rollout status "$deployment" --timeout=10m
done
