#!/bin/sh
# Copies $1 to $2 and appends $3, printing progress the way services do.
echo "VITRUVIAN-PROGRESS 0.5 copying"
cat "$1" > "$2" || exit 1
printf '%s\n' "$3" >> "$2"
echo "VITRUVIAN-PROGRESS 1 copied ($COPY_MODE)"
