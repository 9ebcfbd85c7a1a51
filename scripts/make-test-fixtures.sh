#!/usr/bin/env bash
# Writes the codec test fixtures into core/src/test/resources/fixtures/. Run once; the files are committed, so the
# build needs none of these tools. Needs ImageMagick 6 (/usr/bin/convert, with the jpeg, png, tiff and webp
# delegates), exiftool, and ghostscript's ICC profiles (apt-get install imagemagick libimage-exiftool-perl
# ghostscript). Fixtures that ImageIO can make (huge-claimed PNGs, plain CMYK, encoder round trips) are built in the
# tests instead.
#
# Most images are drawn on the "marker" layout, so a test can tell where a stored pixel lands after an orientation:
#   64x48, grey #808080, a red #ff0000 16x12 block in the top-left corner, a blue #0000ff 16x12 block in the
#   top-right corner (stored orientation). Sample block centres, (8,6) and (56,6), to stay clear of JPEG ringing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/core/src/test/resources/fixtures"
convert=/usr/bin/convert # /usr/local/bin/convert may be a sandbox stand-in, not ImageMagick
icc=$(dirname "$(find /usr/share/ghostscript /usr/share/color -name a98.icc -print -quit 2>/dev/null)")
[ -x "$convert" ] || { echo "needs ImageMagick at $convert" >&2; exit 1; }
command -v exiftool >/dev/null || { echo "needs exiftool" >&2; exit 1; }
[ -f "$icc/default_cmyk.icc" ] || { echo "needs ghostscript's ICC profiles (a98.icc, default_cmyk.icc, srgb.icc)" >&2; exit 1; }

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$out"

marker() { # marker FILE [convert options...]: the marker layout written to FILE with the given options
    local file=$1
    shift
    "$convert" -size 64x48 xc:'#808080' \
        -fill '#ff0000' -draw 'rectangle 0,0 15,11' \
        -fill '#0000ff' -draw 'rectangle 48,0 63,11' \
        "$@" "$file"
}
exif() { # exiftool, editing in place without a backup file
    exiftool -q -overwrite_original "$@"
}

# --- JPEG ---------------------------------------------------------------------------------------------------------
# baseline.jpg: the marker layout, baseline 4:2:0, q92, no metadata.
marker baseline.jpg -strip -quality 92 -sampling-factor 2x2
# orient-6.jpg: the marker layout stored as is, EXIF orientation 6 (rotate 90 cw to display): displays 48x64, red at
# the top right, blue at the bottom right.
marker orient-6.jpg -strip -quality 92
exif -n -Orientation=6 orient-6.jpg
# orient-5.jpg: the same, EXIF orientation 5 (transpose, a mirrored one): displays 48x64, red at the top left, blue at
# the bottom left.
marker orient-5.jpg -strip -quality 92
exif -n -Orientation=5 orient-5.jpg
# progressive.jpg: the marker layout as progressive JPEG (SOF2).
marker progressive.jpg -strip -quality 92 -interlace JPEG
# gray.jpg: 32x24 one-component JPEG, left half #404040, right half #c0c0c0.
"$convert" -size 16x24 xc:'#404040' -size 16x24 xc:'#c0c0c0' +append -colorspace Gray -type Grayscale -strip \
    -quality 95 gray.jpg
# ycck.jpg: 32x24 sRGB red #ff0000 converted naively to CMYK (0,255,255,0), written as ImageMagick writes CMYK: an
# Adobe APP14 marker with transform 2 (YCCK) and inverted samples, as Photoshop does. No ICC profile.
"$convert" -size 32x24 xc:'#ff0000' -colorspace CMYK -strip -quality 95 ycck.jpg
# cmyk-icc.jpg: 32x24 sRGB #c06040 converted through ICC to ghostscript's default CMYK profile (a SWOP-like press
# profile, embedded: most of the file's 190 KB), YCCK as above. Stored about (48,196,242,18): decoding through the
# profile gives back about (193,95,61) (what ImageMagick/lcms give), where a naive CMYK formula gives (192,55,12).
"$convert" -size 32x24 xc:'#c06040' -strip -profile "$icc/srgb.icc" -profile "$icc/default_cmyk.icc" -quality 95 \
    cmyk-icc.jpg
# adobe-rgb.jpg: 32x24 sRGB #00a000 converted to Adobe RGB (1998) with ghostscript's a98 profile embedded: stored
# samples about (89,159,37); decoding through the profile must give back about (0,160,0).
"$convert" -size 32x24 xc:'#00a000' -strip -profile "$icc/srgb.icc" -profile "$icc/a98.icc" -quality 95 \
    adobe-rgb.jpg
# truncated.jpg: baseline.jpg cut in the middle of its entropy-coded data (no EOI).
sos=$(LC_ALL=C grep -obUaP '\xff\xda' baseline.jpg | head -1 | cut -d: -f1)
head -c "$((sos + ($(stat -c %s baseline.jpg) - sos) / 2))" baseline.jpg > truncated.jpg

# --- PNG ----------------------------------------------------------------------------------------------------------
# rgb.png: the marker layout, 8-bit RGB.
marker rgb.png -strip -define png:color-type=2 -depth 8
# rgb16.png: 16x8, 16-bit RGB, every pixel (0x01fe, 0x8080, 0xfeff): rounds to (2, 128, 254) where truncating to the
# high byte would give (1, 128, 254).
"$convert" -size 16x8 xc:'#01fe8080feff' -strip -depth 16 -define png:color-type=2 rgb16.png
# rgba.png: 16x8, 8-bit RGBA: left half opaque red, right half green #00ff00 at alpha 128.
"$convert" -size 8x8 xc:'#ff0000ff' -size 8x8 xc:'#00ff0080' +append -strip -depth 8 -define png:color-type=6 rgba.png
# palette-trns.png: 16x8 palette PNG with a tRNS chunk: left half opaque blue #0000ff, right half fully transparent.
"$convert" -size 8x8 xc:'#0000ff' -size 8x8 xc:none +append -strip PNG8:palette-trns.png
# gray.png: 16x8 8-bit gray (colour type 0), left #404040, right #c0c0c0.
"$convert" -size 8x8 xc:'#404040' -size 8x8 xc:'#c0c0c0' +append -colorspace Gray -strip -depth 8 \
    -define png:color-type=0 gray.png
# gray-alpha.png: 16x8 gray+alpha (colour type 4): left #404040 opaque, right #c0c0c0 at alpha 128.
"$convert" -size 8x8 xc:'#404040ff' -size 8x8 xc:'#c0c0c080' +append -colorspace Gray -strip -depth 8 \
    -define png:color-type=4 gray-alpha.png
# adobe-rgb.png: 16x8 sRGB #00a000 converted to Adobe RGB with the profile in an iCCP chunk; about (0,160,0) decoded.
# (-strip would drop the iCCP chunk from a PNG, so the other chunks are excluded one by one.)
"$convert" -size 16x8 xc:'#00a000' -profile "$icc/srgb.icc" -profile "$icc/a98.icc" -depth 8 \
    -define png:color-type=2 -define png:exclude-chunk=bKGD,cHRM,gAMA,date,time,tEXt adobe-rgb.png
# orient-6.png: the marker layout with an eXIf chunk holding orientation 6.
marker orient-6.png -strip -define png:color-type=2 -depth 8
exif -n -Orientation=6 orient-6.png

# --- GIF, BMP, TIFF -----------------------------------------------------------------------------------------------
# two-frames.gif: 16x8 animation; frame 1: left red, right transparent; frame 2 all green. Only frame 1 is decoded.
"$convert" \( -size 8x8 xc:'#ff0000' -size 8x8 xc:none +append \) \( -size 16x8 xc:'#00ff00' \) \
    -strip -dispose none -delay 10 two-frames.gif
# rgb.bmp: the marker layout, 24-bit BMP.
marker BMP3:rgb.bmp -strip -type TrueColor
# rgb.tif: the marker layout, RGB TIFF, LZW.
marker rgb.tif -strip -alpha off -type TrueColor -compress LZW -depth 8
# orient-6.tif: the marker layout, with the TIFF Orientation tag 6.
marker orient-6.tif -strip -alpha off -type TrueColor -compress LZW -depth 8 -orient RightTop
# cmyk.tif: 16x8 CMYK TIFF, sRGB red converted naively to (0,255,255,0).
"$convert" -size 16x8 xc:'#ff0000' -colorspace CMYK -strip -compress LZW -depth 8 cmyk.tif

# --- WebP ---------------------------------------------------------------------------------------------------------
# lossy.webp: the marker layout, lossy VP8, q90.
marker lossy.webp -strip -quality 90
# lossless-alpha.webp: 16x8 lossless VP8L with alpha: left opaque red, right green #00ff00 at alpha 128.
"$convert" -size 8x8 xc:'#ff0000ff' -size 8x8 xc:'#00ff0080' +append -strip -define webp:lossless=true \
    lossless-alpha.webp
# orient-6.webp: the marker layout, lossless, with an EXIF chunk holding orientation 6 (VP8X container).
marker orient-6.webp -strip -define webp:lossless=true
exif -n -Orientation=6 orient-6.webp

# --- Not images ---------------------------------------------------------------------------------------------------
# empty.jpg: zero bytes. text.jpg: a text file named like a JPEG.
: > empty.jpg
printf 'This is not a picture, just text in a file named .jpg\n' > text.jpg

ls -l "$out"
du -sh "$out"
