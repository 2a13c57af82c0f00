#!/usr/bin/env bash
# Runs every Branchline test: unit tests and the Pax Exam in-container tests (Maven), then the end-to-end
# tests that drive the assembled distribution with real clients (curl, SOAP over HTTP, ssh, PostgreSQL, and for
# SIP: SIPp from sip-tester, baresip from baresip-core; voicemail and the conference center: baresip, and an SMTP sink whose TLS
# certificate openssl makes), and Redocly CLI from npm for the generated OpenAPI document.
# Installs the Debian tools the tests need; run as root (CI does) or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(curl sshpass openssh-client postgresql sip-tester baresip-core openssl tcpdump iproute2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "Installing test tools: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v npm >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "Installing test tools: nodejs npm"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix karaf-assembly/e2e --no-audit --no-fund --loglevel=error

mvn -B install
status=0
python3 karaf-assembly/e2e/test_foundation.py || status=1
python3 karaf-assembly/e2e/test_sip.py || status=1
python3 karaf-assembly/e2e/test_voicemail.py || status=1
python3 karaf-assembly/e2e/test_conference.py || status=1
python3 karaf-assembly/e2e/test_hotswap.py || status=1
exit $status
