#!/usr/bin/env bash
# The bundle rules of docs/architecture.md that a compiler does not check:
#  1. no source file of a bundle imports an internal package of another bundle;
#  2. an internal package is exported x-friends to the bundle's own test bundle only.
# (EMF's generated impl packages are exported like EMF's own, for the generated code of the
# models that extend them, and are not internal.) Exit 0 when both hold, 1 with each breach.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
status=0
for dir in "$root"/bundles/*/; do
  bundle=$(basename "$dir")
  [ -d "$dir/src" ] || continue
  while IFS= read -r line; do
    imported=${line#*import }
    imported=${imported%%;*}
    case "$imported" in
      "$bundle".internal.*|"$bundle".*.internal.*) ;;
      *) echo "check-architecture: $bundle imports another bundle's internal package: $line"; status=1 ;;
    esac
  done < <(grep -rhoE '^import (static )?org\.vitruvian\.[A-Za-z0-9_.]*\.internal\.[A-Za-z0-9_.*]+;' "$dir/src" || true)
  manifest="$dir/META-INF/MANIFEST.MF"
  # Manifest lines continue on lines that start with a space.
  friends=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' "$manifest" | grep -oE 'x-friends:="[^"]*"' || true)
  for list in $friends; do
    for friend in $(echo "$list" | sed -e 's/x-friends:="//' -e 's/"$//' | tr ',' ' '); do
      if [ "$friend" != "$bundle.tests" ]; then
        echo "check-architecture: $bundle grants x-friends to $friend; only $bundle.tests may be a friend"
        status=1
      fi
    done
  done
done
[ "$status" = 0 ] && echo "check-architecture: no bundle uses another's internals; x-friends only to own test bundles"
exit "$status"
