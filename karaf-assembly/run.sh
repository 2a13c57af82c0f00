#!/usr/bin/env bash
# Builds Branchline and starts the PBX in the foreground (Ctrl-C stops it) on its embedded defaults (H2 under data/).
# Web/REST/SOAP on :8181 (/cxf/branchline/api, /cxf/branchline/soap), Karaf ssh console on :8101.
# First login: admin / admin, and the password must be changed first (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
target=karaf-assembly/distribution/target
home="$target/branchline-0.1.0-SNAPSHOT"
if [ -d "$home/etc" ]; then
  # an earlier run: take the new bundles, keep the admin's etc/ and the PBX database in data/branchline;
  # dropping Karaf's bundle cache makes it install the new bundles from system/
  tar xzf "$target/branchline-0.1.0-SNAPSHOT.tar.gz" -C "$target" --exclude='branchline-0.1.0-SNAPSHOT/etc/*'
  rm -rf "$home/data/cache"
else
  tar xzf "$target/branchline-0.1.0-SNAPSHOT.tar.gz" -C "$target"
fi
exec "$home/bin/karaf" server
