#!/bin/sh
# azd postdeploy hook: the second pass of the first `azd up`. The Event Grid subscription for the blob trigger needs
# the host's blobs_extension system key, which exists only after the code is deployed and the host has started.
# So: wake the host, then turn the subscription on (PIPELINE_BLOB_EVENTS=true) and provision again. Later runs
# see PIPELINE_BLOB_EVENTS=true and do nothing; `azd provision` keeps the subscription from then on.
set -eu
if [ "${PIPELINE_BLOB_EVENTS:-false}" = "true" ]; then
  echo "postdeploy: blob event subscription already enabled"
  exit 0
fi
url="${PIPELINE_URL:?PIPELINE_URL is not set; run azd provision first}"
tries=0
until curl -fsS -o /dev/null "$url/api/health"; do
  tries=$((tries + 1))
  if [ "$tries" -ge 30 ]; then
    echo "postdeploy: $url/api/health did not answer; enable later with: azd env set PIPELINE_BLOB_EVENTS true && azd provision" >&2
    exit 1
  fi
  sleep 10
done
azd env set PIPELINE_BLOB_EVENTS true
azd provision --no-prompt
