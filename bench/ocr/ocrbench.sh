#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OCR throughput: Recoupe's import of a scanned PDF against the `tesseract` command page by page
# and `ocrmypdf --skip-text`, on the same scan (PAGES pages of a Debian PDF rendered at 300 dpi in
# grey and wrapped by img2pdf). Prints pages/s on 1 and 2 threads and peak RSS for each.
# Usage: bench/ocr/ocrbench.sh BUILD_DIR [PDF] [PAGES]   (needs poppler-utils, img2pdf,
# tesseract-ocr, ocrmypdf; targets: ≥ 0.9× tesseract on one thread, ≥ 1.7× on two, within 1.2× of
# ocrmypdf's wall time)
set -euo pipefail

build=${1:?usage: ocrbench.sh BUILD_DIR [PDF] [PAGES]}
pdf=${2:-$(find /usr/share/doc -name '*.pdf' -size +200k 2>/dev/null | head -1)}
pages=${3:-20}
cli="$build/bin/recoupe-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1

pdftoppm -r 300 -gray -png -f 1 -l "$pages" "$pdf" "$work/page"
img2pdf "$work"/page*.png -o "$work/scan.pdf"
count=$(ls "$work"/page*.png | wc -l)

# Runs a command under GNU time; prints "seconds peak-kB".
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2>&1
    cat "$work/time"
}
report() { # name cpus seconds kB
    awk -v n="$1" -v c="$2" -v s="$3" -v k="$4" -v p="$count" \
        'BEGIN { printf "%-28s %d thread(s)  %6.1f s  %5.2f pages/s  peak RSS %6.1f MB\n", n, c, s, p / s, k / 1024 }'
}

for cpus in 1 2; do
    mask=$([ "$cpus" = 1 ] && echo 0 || echo 0,1)
    rm -f "$work/case.recoupe"
    "$cli" new "$work/case.recoupe" > /dev/null
    read -r s k < <(measure taskset -c "$mask" "$cli" import "$work/case.recoupe" "$work/scan.pdf")
    report "recoupe-cli import" "$cpus" "$s" "$k"

    # tesseract page by page, as many at once as there are threads.
    start=$(date +%s.%N)
    peak=0
    ls "$work"/page*.png | xargs -P "$cpus" -I{} /usr/bin/time -f '%M' -a -o "$work/tess-rss" \
        taskset -c "$mask" tesseract {} - -l fra+eng --psm 1 > /dev/null 2>&1
    end=$(date +%s.%N)
    peak=$(sort -n "$work/tess-rss" | tail -1); rm -f "$work/tess-rss"
    report "tesseract page by page" "$cpus" "$(echo "$end - $start" | bc)" "$peak"

    if command -v ocrmypdf > /dev/null; then
        read -r s k < <(measure taskset -c "$mask" ocrmypdf --skip-text -l fra+eng --jobs "$cpus" \
            "$work/scan.pdf" "$work/ocrmypdf.pdf")
        report "ocrmypdf --skip-text" "$cpus" "$s" "$k"
    fi
done
