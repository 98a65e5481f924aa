#!/usr/bin/env bash
# Set up appeal-kit on this machine:
#   1. the programs it drives (LibreOffice and its Python bridge, qpdf, poppler, tesseract, Ghostscript) and fonts,
#      installed with apt-get on Debian/Ubuntu when any are missing (or Homebrew on macOS);
#   2. a Python virtual environment in .venv with appeal-kit installed into it (`pip install .`).
# Safe to run again: it installs only what is missing and refreshes the Python package.
set -euo pipefail
cd "$(dirname "$0")"

have_file() { [ -e "$1" ]; }
missing=()
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
# LibreOffice's Python bridge for the system python3 (Debian/Ubuntu): `batch` feeds one LibreOffice listener
# document by document. Optional: without it batches still work, converting only after every letter is drafted.
if command -v apt-get >/dev/null 2>&1 && ! /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
  missing+=(python3-uno)
fi
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
# orientation detection data: turns sideways photos and upside-down scans before OCR
ls /usr/share/tesseract-ocr/*/tessdata/osd.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-osd)
# Spanish data: Spanish notices are read as eng+spa so accents and ñ survive (Núñez, not Nufiez)
ls /usr/share/tesseract-ocr/*/tessdata/spa.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-spa)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
# build --pdfa: Ghostscript writes PDF/A-2b and ships the sRGB profile used as its output intent
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
have_file /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf || missing+=(fonts-liberation2)
have_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || missing+=(fonts-dejavu-core)
have_file /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf || missing+=(fonts-droid-fallback)

if [ "$(uname -s)" = "Darwin" ]; then
  if ((${#missing[@]})) && command -v brew >/dev/null 2>&1; then
    command -v soffice >/dev/null 2>&1 || brew install --cask libreoffice
    brew install qpdf poppler tesseract fontconfig ghostscript
  fi
elif ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: please install these with your package manager, then run setup.sh again: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
# The message catalogs (appeal_kit/locale/*/LC_MESSAGES/appeal_kit.po, and click.po for Click's own usage and error
# messages) are compiled before the package is installed, so the installed copy carries them too; Babel is a
# dependency of appeal-kit.
.venv/bin/python -m pip install -q --disable-pip-version-check "babel>=2.12"
for domain in appeal_kit click; do
  .venv/bin/pybabel -q compile -d appeal_kit/locale -D "$domain"
done
.venv/bin/python -m pip install -q --disable-pip-version-check ".[test]"
# Copy the ICD-10-CM code set into its index in the user cache folder now, so the first `check` is quick too
# (should this fail, the first `check` builds it instead).
.venv/bin/python -c "from appeal_kit.intake.codes import icd_index; icd_index()" || true
echo "appeal-kit is set up: .venv/bin/appeal-kit --help"
