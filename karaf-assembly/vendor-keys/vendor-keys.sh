#!/bin/bash
# The key vendor's tool (never shipped): creates the vendor key pair and signs feature keys.
#   karaf-assembly/vendor-keys/vendor-keys.sh generate --private vendor.key --public vendor-public.key
#   karaf-assembly/vendor-keys/vendor-keys.sh sign --private karaf-assembly/vendor-keys/development/vendor-private.key \
#       --server BL-7F3A-91C2-0D4E --feature CONFERENCE_CENTER --feature GENERIC_SIP_HANDSETS=10 [--expires 2027-11-23]
# Needs the build (mvn install) of bundles/api, bundles/licensing and this module.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec java -cp "$root/karaf-assembly/vendor-keys/target/classes:$root/bundles/licensing/target/classes:$root/bundles/api/target/classes" \
    org.branchline.vendor.KeyVendor "$@"
