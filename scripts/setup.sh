#!/usr/bin/env bash
# Installs what the handbook needs on this machine, and nothing that is already there:
# - the npm packages, from the committed lockfile (they include Node 24, which npm scripts then run on);
# - with --browser: Debian's Chromium, the Noto CJK fonts (pages on screen; the PDFs bring their own
#   print font, from an npm package) and poppler-utils, for the browser tests.
# On Debian/Ubuntu as root it installs the system packages itself; elsewhere it says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser=false
[[ "${1:-}" == "--browser" ]] && need_browser=true

if $need_browser; then
	missing=()
	command -v chromium >/dev/null 2>&1 || missing+=(chromium)
	fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
	command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
	if ((${#missing[@]})); then
		if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
			echo "setup: installing ${missing[*]} with apt-get"
			apt-get update -qq
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
		else
			echo "setup: the browser tests need these system packages: ${missing[*]}" >&2
			echo "  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk poppler-utils" >&2
			echo "  elsewhere: install Chromium (or set CHROMIUM_PATH to its executable), a Noto Sans CJK SC font and poppler's pdftotext." >&2
			exit 1
		fi
	fi
fi

# npm install (not npm ci): it honours the lockfile and leaves it unchanged, and unlike `npm ci` it
# does not delete a node_modules that is already complete.
if [[ ! -x node_modules/.bin/astro || ! -x node_modules/.bin/node || package-lock.json -nt node_modules/.package-lock.json ]]; then
	echo "setup: installing npm packages from package-lock.json"
	npm install --no-audit --no-fund --loglevel=error
fi
