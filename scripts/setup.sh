#!/usr/bin/env bash
# Installs what the handbook needs on this machine, and nothing that is already there:
# - the npm packages, from the committed lockfile (they include Node 24, which npm scripts then run on);
# - for the PDFs the build prints (`npm start`, `npm run build`): Debian's Chromium (the PDFs bring their own print font, from an npm package);
#   the Noto CJK fonts too, so Chinese pages on screen and in screenshots have a font;
# - with --browser (`npm test`): also poppler-utils, which reads the PDFs, and the other engines of the
#   cross-engine tests: Firefox ESR, and WebKitGTK's WebKitWebDriver with MiniBrowser under Xvfb.
# On Debian/Ubuntu as root it installs the system packages itself. Elsewhere it says what to install:
# the tests stop there; the build goes on without the PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
[[ "${1:-}" == "--browser" ]] && for_tests=true

have() { command -v "$1" >/dev/null 2>&1; }
missing=()
[[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || missing+=(chromium)
# Not `grep -q`: it would stop reading, and fc-list's broken pipe would fail the pipeline (pipefail).
fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
if $for_tests; then
	have pdftotext || missing+=(poppler-utils)
	[[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]] || missing+=(firefox-esr)
	[[ -x "${WEBKIT_WEBDRIVER_PATH:-/usr/bin/WebKitWebDriver}" ]] || missing+=(webkit2gtk-driver)
	have xvfb-run || missing+=(xvfb)
	have xauth || missing+=(xauth)
fi

if ((${#missing[@]})); then
	if [[ $(id -u) == 0 ]] && have apt-get; then
		echo "setup: installing ${missing[*]} with apt-get"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	elif $for_tests; then
		echo "setup: the browser tests need these system packages: ${missing[*]}" >&2
		echo "  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk poppler-utils firefox-esr webkit2gtk-driver xvfb xauth" >&2
		echo "  elsewhere: Chromium (or set CHROMIUM_PATH), Firefox ESR (or FIREFOX_PATH), WebKitGTK's WebKitWebDriver and MiniBrowser" >&2
		echo "  (or WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH), xvfb-run, a Noto Sans CJK SC font and poppler's pdftotext." >&2
		exit 1
	else
		echo "setup: the PDFs need ${missing[*]}; building the site without them." >&2
		echo "  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH to your Chromium)" >&2
	fi
fi

# npm install (not npm ci): it honours the lockfile and leaves it unchanged, and unlike `npm ci` it
# does not delete a node_modules that is already complete.
if [[ ! -x node_modules/.bin/astro || ! -x node_modules/.bin/node || package-lock.json -nt node_modules/.package-lock.json ]]; then
	echo "setup: installing npm packages from package-lock.json"
	npm install --no-audit --no-fund --loglevel=error
fi
