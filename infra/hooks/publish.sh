#!/bin/sh
# azd prepackage hook: the self-contained linux-x64 publish is the Functions app folder that azd zips (azure.yaml
# `dist`). FunctionsBlobSource=EventGrid is the linux-x64 default already; it is spelled out so the package never
# depends on a default.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/artifacts/azd/pipeline"
rm -rf "$out"
dotnet publish "$root/src/Pipeline.Host" -c Release -r linux-x64 --self-contained \
  -p:FunctionsBlobSource=EventGrid -p:PublishDevelopmentStorage=false -o "$out"
test -f "$out/host.json"
test -x "$out/Pipeline.Host"
test ! -e "$out/local.settings.json"
grep -q '"source": "EventGrid"' "$out/IngestArticle/function.json"
echo "publish: $out"
